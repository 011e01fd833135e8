import { expect, test } from 'vitest';
import { syntheticDataFiles, syntheticPlan } from '../../scripts/synthetic-archive.ts';
import { readRegister, registerOf } from '../../src/lib/archive/register.ts';
import { readReportedGrades } from '../../src/lib/archive/reported-grades.ts';

test('the data files of a synthetic archive read back cleanly, a name with a comma as one field', () => {
  const plan = syntheticPlan(12);
  plan[0] = { ...plan[0]!, authority: 'Ashby, Coalville and District Council' };
  const files = syntheticDataFiles(plan);
  const register = readRegister(files['authorities.csv'], 'authorities.csv');
  expect(register.problems).toEqual([]);
  expect(register.records.map((r) => r.data.name)).toEqual([...new Set(plan.map((spec) => spec.authority))]);
  const reported = readReportedGrades(
    files['reported-grades.csv'],
    'reported-grades.csv',
    registerOf(register.records),
  );
  expect(reported).toEqual({ records: [], problems: [] });
});
