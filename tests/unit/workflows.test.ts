/**
 * The GitHub workflows: CI runs the project's own CI script on every push and pull request,
 * and the Pages deployment runs only after CI has passed on a push to main, building the
 * commit CI tested. A deploy that ran on the push itself would publish untested commits.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  jobs: Record<string, { if?: string; needs?: string | string[]; steps?: Array<Record<string, unknown>> }>;
}
const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8')) as Workflow;
const ci = workflow('ci.yml');
const deploy = workflow('deploy.yml');

test('CI runs .ci/run on every push and pull request', () => {
  expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
  // Every branch: a filter on push or pull_request would leave some commits untested.
  expect(ci.on.push ?? null).toBeNull();
  expect(ci.on.pull_request ?? null).toBeNull();
  const runs = Object.values(ci.jobs)
    .flatMap((job) => job.steps ?? [])
    .map((step) => String(step.run ?? ''));
  expect(runs.some((run) => /^bash \.ci\/run$/m.test(run))).toBe(true);
});

test('the deployment waits for CI to pass on a push to main, and builds the commit CI tested', () => {
  expect(Object.keys(deploy.on)).not.toContain('push');
  const run = deploy.on.workflow_run as { workflows: string[]; types: string[]; branches: string[] };
  expect(run.workflows).toEqual([ci.name]);
  expect(run.types).toEqual(['completed']);
  expect(run.branches).toEqual(['main']);
  const build = deploy.jobs.build!;
  expect(build.if).toContain("github.event.workflow_run.conclusion == 'success'");
  expect(build.if).toContain("github.event.workflow_run.event == 'push'");
  const checkout = build.steps!.find((step) => String(step.uses).startsWith('actions/checkout'))!;
  expect((checkout.with as { ref: string }).ref).toContain('github.event.workflow_run.head_sha');
  // Publishing needs the build: no path deploys without it.
  expect(deploy.jobs.deploy!.needs).toBe('build');
});

test('CI installs LibreOffice Writer, so the PDF tests run its producer, and never commits their PDFs', () => {
  const runs = Object.values(ci.jobs)
    .flatMap((job) => job.steps ?? [])
    .map((step) => String(step.run ?? ''))
    .join('\n');
  expect(runs).toMatch(/apt-get install .*libreoffice-writer-nogui/);
  expect(readFileSync('.ci/run', 'utf8')).toMatch(/apt-get install[^\n]*\\\n\s*libreoffice-writer-nogui/);
  // The producers' PDFs are cached in node_modules/.cache/letter-pdfs/, under an ignored
  // folder (read from .gitignore: the suite also runs in copies that are no git checkout).
  expect(readFileSync('.gitignore', 'utf8')).toMatch(/^\/?node_modules\/?$/m);
});
