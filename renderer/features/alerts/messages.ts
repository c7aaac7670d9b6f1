export const alertsMessagesZh = {
  'alerts.silence.line': '已连续 {days} 个应报日未报送（自 {since} 起）',
  'alerts.silence.explain':
    '应报日按各单位的报送频次、截止时间和节假日安排计算，零报告视为已报送；连续 {threshold} 个应报日未报送即预警。确认后不再提示，直到该单位恢复报送后再次沉默。',
  'alerts.noneExplain': '没有连续 {threshold} 个应报日未报送的单位。高风险条目未处置等情况也会在这里提醒。',
  'alerts.acknowledge': '确认已知悉',
  'alerts.acknowledgeFor': '确认已知悉：{name}',
  'alerts.openUnits': '查看单位考核',
  'alerts.listLabel': '沉默预警',
  'alerts.loadFailed': '无法计算沉默预警：{reason}',
  'alerts.status.count': '沉默预警 {count} 个单位',
  'alerts.status.title': '连续多个应报日未报送：{names}。点击到首页查看并确认。',
} as const;

export const alertsMessagesEn: { readonly [K in keyof typeof alertsMessagesZh]: string } = {
  'alerts.silence.line': 'has sent nothing for {days} expected days in a row (since {since})',
  'alerts.silence.explain':
    "Expected days follow each unit's cadence, cut-off time and the holiday calendar; a nothing-to-report note counts as reported. A unit silent for {threshold} expected days in a row raises an alert. Once acknowledged it stays quiet until the unit reports and falls silent again.",
  'alerts.noneExplain':
    'No unit has been silent for {threshold} expected days in a row. Unhandled high-risk items will also be flagged here.',
  'alerts.acknowledge': 'Acknowledge',
  'alerts.acknowledgeFor': 'Acknowledge: {name}',
  'alerts.openUnits': 'Open unit assessment',
  'alerts.listLabel': 'Silence alerts',
  'alerts.loadFailed': 'Silence alerts could not be computed: {reason}',
  'alerts.status.count': 'Silence alerts: {count} units',
  'alerts.status.title': 'Silent for several expected days: {names}. Click to see and acknowledge them on Home.',
};
