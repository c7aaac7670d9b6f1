// 预警规则 as a JSON file, to carry rules between desks. The file is untrusted: it is checked field by field
// (valibot) with limits on sizes, every rule must also be sound (ruleProblems), and what is wrong is said in
// Chinese with where it is ("第 2 条规则的「查询」…"), because the analyst fixes the file by hand.
import * as v from 'valibot';
import { TASK_TYPES } from '../domain/task-types';
import { ALERT_LEVELS, FEEDS, ITEM_KINDS, RISK_LEVELS, type IsoDateTime } from '../domain/types';
import type { WatchRule } from '../domain/watch-types';
import { isInstant } from '../time';
import { ruleFields, ruleProblems, type RuleProblem } from './rules';

export const RULES_FILE_FORMAT = 'opinion-desk/watch-rules';
export const RULES_FILE_VERSION = 1;
const MAX_FILE_CHARS = 5_000_000;
const MAX_RULES = 1_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(500));
const instant = v.pipe(v.string(), v.check(isInstant, '带时区的 ISO 8601 时间'));
const fieldsSchema = {
  name: text(200),
  query: text(2_000),
  scope: v.nullable(
    v.object({
      platforms: list(text(100)),
      regions: list(text(100)),
      feeds: list(v.picklist(FEEDS)),
      kinds: list(v.picklist(ITEM_KINDS)),
      unitIds: list(text(100)),
    }),
  ),
  level: v.picklist(ALERT_LEVELS),
  actions: v.object({
    markAlert: v.boolean(),
    addTags: list(text(200)),
    raiseRiskTo: v.nullable(v.picklist(RISK_LEVELS)),
    createTask: v.nullable(
      v.object({
        type: v.picklist(TASK_TYPES),
        assignee: v.variant('kind', [
          v.object({ kind: v.literal('person'), profileId: text(100) }),
          v.object({ kind: v.literal('unit'), unitId: text(100) }),
        ]),
        workingDays: v.number(),
        note: text(2_000),
      }),
    ),
  }),
  paused: v.boolean(),
};
const ruleSchema = v.object({
  id: v.pipe(text(100), v.minLength(1)),
  ...fieldsSchema,
  createdAt: instant,
  createdBy: text(100),
  updatedAt: instant,
  history: v.pipe(
    v.array(v.object({ at: instant, by: text(100), before: v.partial(v.object(fieldsSchema)), after: v.partial(v.object(fieldsSchema)) })),
    v.maxLength(10_000),
  ),
});
const fileSchema = v.object({
  format: v.literal(RULES_FILE_FORMAT),
  version: v.literal(RULES_FILE_VERSION),
  rules: v.pipe(v.array(ruleSchema), v.maxLength(MAX_RULES)),
});

export function exportRules(rules: readonly WatchRule[], exportedAt: IsoDateTime): string {
  return `${JSON.stringify({ format: RULES_FILE_FORMAT, version: RULES_FILE_VERSION, exportedAt, rules }, null, 2)}\n`;
}

export type RulesFileResult = { ok: true; rules: WatchRule[] } | { ok: false; errors: string[] };

const FIELD_LABELS: Record<string, string> = {
  format: '文件类型',
  version: '版本',
  rules: '规则列表',
  id: '编号',
  name: '名称',
  query: '查询',
  scope: '范围',
  platforms: '平台',
  regions: '地区',
  feeds: '来源渠道',
  kinds: '类型',
  unitIds: '报送单位',
  level: '预警级别',
  actions: '动作',
  markAlert: '标记预警',
  addTags: '添加标签',
  raiseRiskTo: '提升风险等级',
  createTask: '创建任务',
  type: '任务类型',
  assignee: '承办人',
  workingDays: '办理时限',
  note: '说明',
  paused: '暂停',
  createdAt: '创建时间',
  createdBy: '创建人',
  updatedAt: '修改时间',
  history: '修改记录',
};

function where(path: readonly unknown[]): string {
  const keys = path.map((step) => (step as { key: unknown }).key);
  if (keys[0] === 'rules' && typeof keys[1] === 'number') {
    const rest = keys.slice(2).filter((key): key is string => typeof key === 'string');
    const field = rest.length > 0 ? `的「${rest.map((key) => FIELD_LABELS[key] ?? key).join(' · ')}」` : '';
    return `第 ${keys[1] + 1} 条规则${field}`;
  }
  const named = keys.filter((key): key is string => typeof key === 'string');
  return named.length > 0 ? `「${named.map((key) => FIELD_LABELS[key] ?? key).join(' · ')}」` : '文件';
}

const QUERY_PROBLEMS_ZH: Record<string, string> = {
  unclosedQuote: '引号没有闭合',
  unclosedGroup: '括号没有闭合',
  unexpectedClose: '多了一个右括号',
  emptyGroup: '括号里没有内容',
  danglingOr: 'OR（或）的一侧没有内容',
  danglingExclusion: '减号后没有要排除的内容',
};

export function ruleProblemMessageZh(problem: RuleProblem): string {
  switch (problem.code) {
    case 'nameEmpty':
      return '名称为空';
    case 'queryEmpty':
      return '查询为空';
    case 'querySyntax':
      return `查询有误：第 ${(problem.queryError?.position ?? 0) + 1} 个字符处${QUERY_PROBLEMS_ZH[problem.queryError?.code ?? ''] ?? '格式不对'}`;
    case 'tagEmpty':
      return '要添加的标签中有空标签';
    case 'actionNone':
      return '没有任何动作（标记预警、添加标签、提升风险或创建任务至少选一项）';
    case 'workingDays':
      return '办理时限应为 0 到 366 之间的整数个工作日';
  }
}

/** Reads a rules file; the rules are returned as written, for the renderer to add or to merge by id. */
export function importRules(fileText: string): RulesFileResult {
  if (fileText.length > MAX_FILE_CHARS) return { ok: false, errors: ['文件过大，不是预警规则文件'] };
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ok: false, errors: ['文件不是有效的 JSON，无法读取预警规则'] };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== RULES_FILE_FORMAT)
    return { ok: false, errors: ['这不是预警规则文件（缺少 "format": "opinion-desk/watch-rules"）'] };
  if ((json as { version?: unknown }).version !== RULES_FILE_VERSION)
    return { ok: false, errors: [`预警规则文件的版本不受支持（应为 ${RULES_FILE_VERSION}）`] };
  const parsed = v.safeParse(fileSchema, json, { abortPipeEarly: true });
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.issues
        .slice(0, 20)
        .map((issue) => `${where(issue.path ?? [])}不符合要求（应为 ${issue.expected ?? issue.message}，实际为 ${issue.received}）`),
    };
  const rules = parsed.output.rules as WatchRule[];
  const errors: string[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id)) errors.push(`第 ${index + 1} 条规则的编号与前面的规则重复：${rule.id}`);
    seen.add(rule.id);
    for (const problem of ruleProblems(ruleFields(rule)))
      errors.push(`第 ${index + 1} 条规则「${rule.name}」${ruleProblemMessageZh(problem)}`);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rules };
}
