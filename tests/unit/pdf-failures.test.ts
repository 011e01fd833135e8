/**
 * The named failure fixtures (scripts/pdf-failures.ts): PDFs that Chromium and
 * LibreOffice print, each showing one way the reader once read a letter wrong. Each must
 * read back to exactly the MDX its text gives, and its controls (the same letter, plainly
 * laid out) too.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { failureControls, failureFixtures, type FailureFixture } from '../../scripts/pdf-failures.ts';
import { readBack } from '../../scripts/pdf-layouts.ts';
import { sofficeAbsence } from '../../scripts/soffice-print.ts';

let fixtures: FailureFixture[] = [];
beforeAll(async () => {
  fixtures = [...(await failureFixtures()), ...(await failureControls())];
}, 240_000);

describe('PDFs from producers nobody here wrote read back to their letters', { timeout: 60_000 }, () => {
  test('every fixture is there (LibreOffice ones only where soffice is installed)', () => {
    const absent = sofficeAbsence();
    expect(fixtures.some((f) => f.producer === 'libreoffice')).toBe(absent === undefined);
    expect(fixtures.some((f) => f.producer === 'chromium')).toBe(true);
  });

  test('each reads back to exactly the MDX of its text', async () => {
    const failures = [];
    for (const fixture of fixtures) {
      const { failure } = await readBack(fixture.pdf, fixture.text);
      if (failure) failures.push(`${fixture.name} (${fixture.producer}): ${failure}`);
    }
    expect(failures).toEqual([]);
  });
});
