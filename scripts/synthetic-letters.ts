/**
 * Synthetic assessment letters, as plain text in the published letters' layout, for the
 * fixture archive and the benchmark. Fictional authorities only, and deterministic: the
 * same spec and seed always give the same letter, byte for byte.
 */
import { GRADE_SCALE, gradeLabel, type Grade } from '../src/lib/archive/grades.ts';
import type { AssessmentYear } from '../src/lib/archive/years.ts';

export interface SyntheticLetter {
  authority: string;
  year: AssessmentYear;
  grade: Grade;
  /** Last year's grade, stated in the summary the way the real letters state it. */
  statesPrevious?: Grade;
  /** Ofsted's letterhead at the top, as some published texts have it. */
  letterhead?: boolean;
  /** Paragraphs in each long section: about 700 words at 1, 1,500 at 6. */
  length?: number;
  /** Extra paragraphs, as written, just before the statutory line. */
  extra?: string[];
  /**
   * The standard paragraphs' wording: as Ofsted's 2010 and 2011 letters have it (the
   * default), in a 2009 style (a "rating", the scale's cells one space apart), or
   * reworded throughout (the scale from 1 up with a wrapped cell, the grade line as a
   * sentence, the year in the subject line). The reader must find the parts by structure.
   */
  wording?: 'standard' | '2009' | 'reworded';
  seed: number;
}

/** A small, fast, seeded generator (mulberry32): Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['October', 'November', 'December'];

const SENTENCES = [
  'The large majority of services, settings and institutions inspected by Ofsted are good or better.',
  'Almost all provision supports children well in staying safe and the large majority help them to enjoy their learning.',
  'The proportion of good or better primary schools is increasing and standards at the age of 11 are in line with similar areas.',
  'Secondary schools and secondary sixth form providers do not do quite as well, with overall effectiveness being good or better in about a half.',
  'More young people, including care leavers, stay in education and training than is found nationally.',
  'The needs of young people leaving care are not always planned for well enough.',
  'Inspection of local authority safeguarding services identified improved recruitment with more children now allocated a qualified social worker.',
  'The time taken to complete some important assessments continues to be too long.',
  'Fewer young people report feeling bullied than in similar areas, although this continues to be a concern for them.',
  'The number of young people offending for the first time is reducing each year, although it is still higher than in similar areas.',
  'Children in care make good progress in their primary schools and results are particularly strong in English.',
  'Provision in pupil referral units and special schools is almost always good.',
  'Young people from low-income families do not do as well at the age of 19 as their peers.',
  'Good use is made of information that allows the local authority and partners to compare performance with similar areas.',
  'Most children and young people say they have good relationships with friends and family.',
  'There is good access to emotional and mental health services, and parents of disabled children report high satisfaction.',
  'The proportion of early years and childcare providers who are good or better has seen on-going improvement.',
  'Local arrangements to encourage children and young people to live healthy lives are almost always successful.',
  'Re-offending by young people remains higher than in similar areas.',
  'Successful arrangements for involving children and young people in planning and reviewing local services have been in place for some time.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function paragraph(random: () => number, sentences = 5): string {
  return Array.from({ length: sentences }, () => pick(random, SENTENCES)).join(' ');
}

/** "perform well", the verb form the letters use in their summary. */
function performs(grade: Grade): string {
  return gradeLabel(grade)
    .toLowerCase()
    .replace(/^performs/, 'perform');
}

function summary(spec: SyntheticLetter): string {
  const base = `Children's services in ${spec.authority}`;
  if (spec.statesPrevious === undefined) return `${base} ${performs(spec.grade)}.`;
  if (spec.wording === 'reworded')
    return `${base} ${performs(spec.statesPrevious)}, as they did in ${spec.year - 1}.`;
  if (spec.year === 2010 && spec.statesPrevious === spec.grade)
    return `${base} continue to ${performs(spec.grade)}.`;
  return `${base} ${performs(spec.statesPrevious)}, as in ${spec.year - 1}.`;
}

/** The standard paragraphs, the authority's heading and the grade line, in each wording. */
function standardWording(spec: SyntheticLetter) {
  const grade = `${gradeLabel(spec.grade)} (${spec.grade})`;
  const statutory =
    "This children's services assessment is provided in accordance with section 138 of the Education and Inspections Act 2006.";
  if (spec.wording === '2009') {
    return {
      subject: `Annual rating of council children's services for ${spec.year}`,
      opening: [
        "This letter gives Ofsted's first annual rating of the children's services for which your council is responsible, drawn from the outcomes of inspections and regulatory visits and from the council's performance against the national indicators.",
        '',
        'Councils are rated on a four point scale, as follows.',
        '',
        ...GRADE_SCALE.map(
          (s) => `${s.grade} ${s.label} ${s.description.replace('An organisation', 'A council')}`,
        ),
        '',
        'A rating reflects the balance of the evidence; it does not mean that every service is at that level.',
      ],
      heading: `${spec.authority} children's services rating ${spec.year}`,
      gradeLine: [`Children's services rating\t${grade}`, '--------------------------\t-------------------'],
      statutory: 'Ofsted gives this rating under section 138 of the Education and Inspections Act 2006.',
      signOff: 'Yours sincerely',
    };
  }
  if (spec.wording === 'reworded') {
    const [first, ...rest] = [...GRADE_SCALE].reverse();
    return {
      subject: `Children's services assessment ${spec.year}`,
      opening: [
        'Each year Ofsted assesses the services for children and young people in every local area. The outcomes of inspections weigh most heavily, together with how the area compares with similar areas.',
        '',
        'The grades used are:',
        '',
        `${first!.grade}\t${first!.label}\tServices that fall short of the`,
        'minimum requirements',
        ...rest.map(
          (s) =>
            `${s.grade}\t${s.label}\t${s.description.replace(/^An organisation that (significantly )?(\w+)s/, 'Services that $1$2')}`,
        ),
        '',
        'A grade sums up many services. Within each grade there are stronger and weaker services, and the assessment has involved the judgement of inspectors.',
      ],
      heading: `${spec.authority}: children's services assessment, ${spec.year}`,
      gradeLine: [`Overall assessment: ${grade}`],
      statutory: 'Ofsted makes this assessment under section 138 of the Education and Inspections Act 2006.',
      signOff: 'Yours faithfully',
    };
  }
  return {
    subject: "Annual children's services assessment",
    opening: [
      `Ofsted guidance published in ${spec.year} explains that the annual assessment of children's services is derived from the performance profile of the quality of services and outcomes for children and young people in each local area.`,
      '',
      'The annual assessment derives from a four point scale:',
      '',
      ...GRADE_SCALE.map((s) => `${s.grade}\t${s.label}\t${s.description}`),
      '',
      'Within each level there will be differing standards of provision. The assessment has involved the application of inspector judgement.',
    ],
    heading: `${spec.authority} children's services assessment ${spec.year}`,
    gradeLine: [
      `Children's services assessment\t${grade}`,
      '--------------------------------\t-------------------',
    ],
    statutory,
    signOff: 'Yours sincerely',
  };
}

export function syntheticLetterText(spec: SyntheticLetter): string {
  const random = seededRandom(spec.seed);
  const length = spec.length ?? 2;
  const paragraphs = (n: number) => Array.from({ length: n }, () => paragraph(random)).join('\n\n');
  const bullets = (n: number) => Array.from({ length: n }, () => `- ${paragraph(random, 3)}`).join('\n');
  const day = 1 + Math.floor(random() * 28);
  const place = spec.authority.split(' ')[0]!;
  const wording = standardWording(spec);
  const sections =
    spec.wording === 'reworded'
      ? [
          "Strengths of the area's services",
          '',
          bullets(length + 1),
          '',
          'Priorities for improvement',
          '',
          bullets(length),
        ]
      : spec.year === 2011
        ? ['Strengths', '', bullets(length + 1), '', 'Areas for further improvement', '', bullets(length)]
        : [
            spec.wording === '2009' ? 'Areas for development' : 'Key areas for further development',
            '',
            bullets(2),
            '',
            'Outcomes for children and young people',
            '',
            paragraphs(length + 1),
            '',
            'Prospects for improvement',
            '',
            paragraphs(1),
          ];
  const lines = [
    '',
    ...(spec.letterhead
      ? [
          'Aviation House',
          '125 Kingsway',
          'London',
          'WC2B 6SE',
          '',
          'T 0300 123 1231',
          'www.ofsted.gov.uk',
          '',
        ]
      : []),
    '',
    `${day} ${pick(random, MONTHS)} ${spec.year}`,
    '',
    'Ms Alex Example',
    "Director of Children's Services",
    spec.authority,
    'Civic Centre',
    `${place} XX1 1XX`,
    '',
    'Dear Ms Example',
    '',
    wording.subject,
    '',
    ...wording.opening,
    '',
    wording.heading,
    '',
    ...wording.gradeLine,
    '',
    `${summary(spec)} ${paragraph(random, 4)}`,
    '',
    paragraphs(length),
    '',
    ...sections,
    ...(spec.extra ?? []).flatMap((extra) => ['', extra]),
    '',
    wording.statutory,
    '',
    wording.signOff,
    '',
    'A handwritten signature in black ink that reads "Sam Sample".',
    '',
    'Sam Sample',
    "Divisional Manager, Children's Services Assessment",
  ];
  return `${lines.join('\n')}\n`;
}
