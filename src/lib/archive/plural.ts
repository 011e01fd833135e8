/** "1 letter", "2 letters", "1 authority", "3 authorities". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
