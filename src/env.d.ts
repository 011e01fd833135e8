declare namespace App {
  interface Locals {
    /** The year of the letter whose body is being rendered: StandardText's label names it. */
    letterYear?: number;
  }
}
