// The units that report to the propaganda department and the people who report for them.
import type { Feed, Reporter, Unit } from '../../shared/domain/types';
import { personName } from './names';
import { BANNERS, PREFECTURE } from './places';
import type { Banner } from './places';
import { chance, int, pick, uuid } from './random';

export interface Roster {
  units: Unit[];
  reporters: Reporter[];
  cacUnit: Unit;
  policeUnit: Unit;
  bannerUnits: Map<string, Unit>;
  /** the prefecture's own bureaus, which report on their own line of work */
  directUnits: Unit[];
  cacReporters: Reporter[];
  policeReporters: Reporter[];
  bannerReporters: Map<string, Reporter[]>;
  /** directReporters[i] reports for directUnits[i] */
  directReporters: Reporter[];
}

export function createRoster(): Roster {
  const units: Unit[] = [];
  const reporters: Reporter[] = [];
  function addUnit(name: string, parentId: string | null, cadence: Unit['cadence'], cutoff = '17:00', active = true): Unit {
    const unit: Unit = { id: uuid(), name, parentId, cadence, cutoff, active };
    units.push(unit);
    return unit;
  }
  function addReporter(unit: Unit, role: string, active = true): Reporter {
    const reporter: Reporter = { id: uuid(), name: personName(), unitId: unit.id, role, active };
    reporters.push(reporter);
    return reporter;
  }

  const propaganda = addUnit(`中共${PREFECTURE}委员会宣传部`, null, 'daily');
  const cacUnit = addUnit(`${PREFECTURE}委网信办`, propaganda.id, 'daily', '10:00');
  const policeUnit = addUnit(`${PREFECTURE}公安局网安支队`, null, 'daily', '12:00');
  const bannerUnits = new Map<string, Unit>();
  for (const banner of BANNERS) bannerUnits.set(banner.name, addUnit(`${banner.name}委宣传部`, propaganda.id, 'workingDays'));
  const directUnits = [
    addUnit(`${PREFECTURE}教育局`, null, 'workingDays'),
    addUnit(`${PREFECTURE}卫生健康委员会`, null, 'workingDays'),
    addUnit(`${PREFECTURE}住房和城乡建设局`, null, 'workingDays'),
    addUnit(`${PREFECTURE}农牧局`, null, 'onEvents'),
  ];

  const cacReporters = [addReporter(cacUnit, '信息员'), addReporter(cacUnit, '信息员')];
  const policeReporters = [addReporter(policeUnit, '干部')];
  const bannerReporters = new Map<string, Reporter[]>();
  for (const banner of BANNERS) {
    const unit = bannerUnits.get(banner.name)!;
    // One reporter per banner has left the role: the unit assessment must show inactive people too.
    bannerReporters.set(banner.name, [
      addReporter(unit, '信息员'),
      addReporter(unit, '网格员'),
      addReporter(unit, '网格员'),
      addReporter(unit, '干部', chance(0.7)),
    ]);
  }
  const directReporters = directUnits.map((unit) => addReporter(unit, '信息员'));

  return {
    units,
    reporters,
    cacUnit,
    policeUnit,
    bannerUnits,
    directUnits,
    cacReporters,
    policeReporters,
    bannerReporters,
    directReporters,
  };
}

/** who sends an item of this feed about this banner: partners' lists come from their unit, the rest from the banner's people */
export function unitAndReporter(roster: Roster, feed: Feed, banner: Banner): { unit: Unit; reporter: Reporter | null } {
  switch (feed) {
    case 'cac':
      return { unit: roster.cacUnit, reporter: pick(roster.cacReporters) };
    case 'police':
      return { unit: roster.policeUnit, reporter: pick(roster.policeReporters) };
    case 'search':
      return { unit: roster.cacUnit, reporter: null };
    case 'other': {
      const index = int(0, roster.directUnits.length - 1);
      return { unit: roster.directUnits[index]!, reporter: roster.directReporters[index]! };
    }
    default: {
      const people = roster.bannerReporters.get(banner.name)!;
      const reporter = feed === 'grid' ? pick(people.filter((person) => person.role === '网格员')) : pick(people);
      return { unit: roster.bannerUnits.get(banner.name)!, reporter };
    }
  }
}
