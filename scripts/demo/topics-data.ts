// What the demo's people talk about: each topic's headlines and texts, online and as heard in society, and how
// analysts tend to judge it. Data only; the phrases' `{placeholders}` are filled in by regular-items.ts.
import type { ItemKind, RiskLevel, Sentiment, Veracity } from '../../shared/domain/types';

/** titles[i] heads contents[i]: the two are written as pairs */
export interface Topic {
  key: string;
  category: string;
  tags: string[];
  titles: string[];
  contents: string[];
  /** the same matter as heard in society (grid workers, staff, acquaintances): no posts, no 网民 */
  socialTitles: string[];
  socialContents: string[];
  sentiment: readonly (readonly [Sentiment, number])[];
  risk: readonly (readonly [RiskLevel, number])[];
  veracity: readonly (readonly [Veracity, number])[];
  weight: number;
  /** where it is heard: only social (in society), only online, or both */
  kinds: readonly ItemKind[];
}

const negative = [
  ['negative', 6],
  ['neutral', 3],
  ['positive', 1],
] as const;
const neutral = [
  ['neutral', 6],
  ['negative', 2],
  ['positive', 2],
] as const;
const positive = [
  ['positive', 6],
  ['neutral', 3],
  ['negative', 1],
] as const;
const lowRisk = [
  [1, 7],
  [2, 3],
] as const;
const midRisk = [
  [1, 3],
  [2, 5],
  [3, 2],
] as const;
const highRisk = [
  [2, 4],
  [3, 4],
  [4, 1],
] as const;
const mostlyTrue = [
  ['true', 6],
  ['unverified', 3],
  ['partlyFalse', 1],
] as const;

export const TOPICS: Topic[] = [
  {
    key: 'heating',
    category: '民生保障',
    tags: ['民生/供暖'],
    titles: ['{village}居民反映暖气不热', '网民称{town}集中供暖迟迟不到位', '{town}换热站检修致供暖延迟'],
    contents: [
      '{place}{village}多名居民反映，已到供暖期但家中暖气片{temp}，室内温度只有十二三度，老人孩子受不了，打热力公司电话一直占线。',
      '有网民发帖称，{town}一带今年供暖又晚了，{village}有住户自己买电暖器取暖，希望有关部门尽快协调热源，别让群众挨冻。',
      '群内有人说{town}换热站检修还没完成，{village}要到下周才能正常供热，不少人在群里抱怨收了取暖费却不见热。',
    ],
    socialTitles: ['{village}群众反映暖气不热', '{town}居民议论取暖费与供热质量'],
    socialContents: [
      '网格员入户了解到，{village}有{count}户居民家中暖气{temp}，老人多在家用电褥子取暖，群众希望尽快解决。',
      '{town}居民在小区门口议论，说取暖费一分没少交，房子却不热，有人提出要集体去热力公司讨说法。',
    ],
    sentiment: negative,
    risk: midRisk,
    veracity: mostlyTrue,
    weight: 6,
    kinds: ['social', 'online'],
  },
  {
    key: 'wages',
    category: '劳动保障',
    tags: ['劳动保障/欠薪'],
    titles: ['{town}某工地农民工讨要工资', '网传{place}一项目拖欠工人工资', '{village}务工人员反映工钱未结清'],
    contents: [
      '据反映，{town}一处在建住宅项目的{count}余名农民工称被拖欠工资近三个月，{time}聚集在项目部门口讨要，情绪较激动。',
      '网民发布视频称，{place}某工程劳务队负责人联系不上，工人们的工钱一直没结，希望劳动监察部门介入。',
      '{village}有务工人员向网格员反映，去年在外地工地干活的工钱至今没有拿到，准备到旗里上访。',
    ],
    socialTitles: ['{town}农民工聚集讨要工资', '{village}务工人员反映工钱未结清'],
    socialContents: [
      '据网格员报告，{time}{town}一处工地有{count}余名工人聚集讨要工资，现场情绪激动，属地已派人到场。',
      '{village}有务工人员向网格员反映，去年在外地工地干活的工钱至今没有拿到，准备到旗里上访。',
    ],
    sentiment: negative,
    risk: highRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'roads',
    category: '城乡建设',
    tags: ['城建/道路施工'],
    titles: ['{town}主干道施工致出行不便', '{place}道路改造工期引热议', '{village}居民反映夜间施工噪音扰民'],
    contents: [
      '{town}主干道改造施工已持续{months}个月，沿街商户称生意受影响，网民吐槽绕行路线没有明显指示牌，早晚高峰堵车严重。',
      '有网民在本地论坛发帖，质疑{place}某路段“修了挖、挖了修”，希望公开工程进度和完工时间。',
      '{village}居民反映，施工车辆夜间作业噪音大，晚上十点以后还在施工，影响休息。',
    ],
    socialTitles: ['{town}商户反映施工影响经营', '{village}居民反映夜间施工噪音扰民'],
    socialContents: [
      '{town}沿街商户向社区反映，门前道路施工{months}个月未完工，顾客进不来，生意下滑，希望明确完工时间。',
      '{village}居民反映，施工车辆夜间作业噪音大，晚上十点以后还在施工，影响休息。',
    ],
    sentiment: negative,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 5,
    kinds: ['social', 'online'],
  },
  {
    key: 'school',
    category: '教育',
    tags: ['教育/入学', '教育/校车'],
    titles: ['{town}家长关注校车接送安排', '{place}学校午餐费用引家长讨论', '网民询问{town}小学插班政策'],
    contents: [
      '家长群内讨论{town}小学校车线路调整，部分{village}的学生需要多走两公里到新站点，家长担心冬季安全。',
      '有家长发帖称{place}某学校午餐价格上涨，但饭菜分量变少，希望学校公开食堂账目。',
      '网民咨询{town}外来务工人员子女插班入学需要哪些材料，评论区多人表示也有同样疑问。',
    ],
    socialTitles: ['{town}家长关注校车接送安排', '{town}家长议论学校午餐费用'],
    socialContents: [
      '家长们在学校门口议论{town}小学校车线路调整，部分{village}的学生需要多走两公里到新站点，家长担心冬季安全。',
      '接孩子的家长反映{town}某学校午餐费上涨，但孩子说饭菜分量变少，希望学校公开食堂账目。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'hospital',
    category: '医疗卫生',
    tags: ['医疗卫生/就医'],
    titles: ['{place}人民医院儿科排队时间长', '牧民反映{town}卫生院挂号不便', '{place}异地就医报销受关注'],
    contents: [
      '网民称在{place}人民医院儿科排队{hours}个多小时，只有两名医生出诊，希望增加冬季流感高峰期的门诊力量。',
      '{village}牧民反映到{town}卫生院看病需要提前一天挂号，路途远，来回不方便，希望开通电话预约。',
      '有网民发帖询问异地就医备案后在{place}报销比例是多少，多名网友跟帖分享经验，整体情绪平稳。',
    ],
    socialTitles: ['牧民反映{town}卫生院挂号不便', '{place}群众议论看病排队时间长'],
    socialContents: [
      '{village}牧民反映到{town}卫生院看病需要提前一天挂号，路途远，来回不方便，希望开通电话预约。',
      '干部在医院陪护时听到不少群众抱怨儿科排队{hours}个多小时，医生太少，流感高峰期压力很大。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'prices',
    category: '物价',
    tags: ['民生/物价'],
    titles: ['{place}牛羊肉价格波动引关注', '网民热议{town}菜价上涨', '{town}平价蔬菜直销点受欢迎'],
    contents: [
      '入冬以来{place}牛羊肉价格有所上涨，网民在本地群里晒出各市场价格对比，有人质疑个别商户囤货抬价。',
      '{town}集贸市场部分蔬菜价格较上周上涨约一成，商户解释是外地运输成本增加，市民表示可以理解。',
      '有网民发布视频介绍{town}平价蔬菜直销点，评论区点赞较多，认为惠民措施实在。',
    ],
    socialTitles: ['{town}群众议论牛羊肉涨价', '{town}集贸市场菜价上涨'],
    socialContents: [
      '在{town}集贸市场听到群众议论，入冬以来牛羊肉每斤涨了好几块，有人怀疑个别商户囤货抬价。',
      '{town}集贸市场部分蔬菜价格较上周上涨约一成，商户解释是外地运输成本增加，市民表示可以理解。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'dust',
    category: '生态环境',
    tags: ['生态环境/扬尘'],
    titles: ['{village}附近堆场扬尘严重', '网民反映{place}工业园区有异味', '{town}运煤车辆撒漏扬尘被投诉'],
    contents: [
      '{village}村民反映，附近煤炭堆场没有苫盖，大风天扬尘严重，晒在院子里的衣服一会儿就黑了。',
      '网民称{place}工业园区夜间常有刺鼻气味，怀疑企业偷排，希望环保部门夜查。',
      '有网民拍摄运煤车辆在{town}公路上撒漏，呼吁加强运输车辆密闭管理。',
    ],
    socialTitles: ['{village}附近堆场扬尘严重', '{village}村民反映夜间有刺鼻气味'],
    socialContents: [
      '{village}村民反映，附近煤炭堆场没有苫盖，大风天扬尘严重，晒在院子里的衣服一会儿就黑了。',
      '{village}村民向网格员反映，最近几晚闻到刺鼻气味，怀疑附近企业夜间排放，希望环保部门来查。',
    ],
    sentiment: negative,
    risk: midRisk,
    veracity: [
      ['unverified', 4],
      ['true', 4],
      ['partlyFalse', 2],
    ],
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'grassland',
    category: '农村牧区',
    tags: ['农牧业/草原补奖'],
    titles: ['{village}牧民询问草原补奖发放时间', '{town}禁牧区划调整引牧民议论', '网民关注{place}牧区饲草储备'],
    contents: [
      '{village}部分牧户反映今年草原生态保护补助奖励资金还没到账，向嘎查干部询问，答复是正在核对面积。',
      '{town}调整禁牧休牧区域后，有牧民担心草场不够，冬季饲草需要外购，成本上升。',
      '有网民发帖介绍{place}提前储备饲草应对冬季降雪，评论多为支持和点赞。',
    ],
    socialTitles: ['{village}牧民询问草原补奖发放时间', '{town}牧民担心禁牧调整后草场不够'],
    socialContents: [
      '{village}部分牧户反映今年草原生态保护补助奖励资金还没到账，向嘎查干部询问，答复是正在核对面积。',
      '{town}调整禁牧休牧区域后，有牧民担心草场不够，冬季饲草需要外购，成本上升。',
    ],
    sentiment: neutral,
    risk: lowRisk,
    veracity: mostlyTrue,
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'festival',
    category: '文化旅游',
    tags: ['文旅/那达慕'],
    titles: ['{place}冬季那达慕活动获好评', '{town}冰雪风光短视频走红', '游客点赞{place}景区收费透明'],
    contents: [
      '{place}冬季那达慕开幕，赛马、搏克、射箭等项目吸引大批游客，网民纷纷晒出现场照片，称赞组织有序。',
      '一段介绍{town}冰雪风光的短视频在本地账号发布后播放量较高，评论区多为点赞和打卡留言。',
      '有游客发帖称{place}景区门票、停车收费透明，工作人员热情，表示明年还会再来。',
    ],
    socialTitles: ['{place}群众称赞冬季那达慕', '{place}群众称赞冬季那达慕'],
    socialContents: [
      '{place}冬季那达慕开幕，赛马、搏克、射箭等项目吸引大批游客，网民纷纷晒出现场照片，称赞组织有序。',
      '{place}冬季那达慕开幕，赛马、搏克、射箭等项目吸引大批游客，网民纷纷晒出现场照片，称赞组织有序。',
    ],
    sentiment: positive,
    risk: [[1, 1]],
    veracity: [['true', 1]],
    weight: 4,
    kinds: ['online'],
  },
  {
    key: 'housing',
    category: '城乡建设',
    tags: ['房地产/交房'],
    titles: ['{town}某小区业主反映延期交房', '网民质疑{place}楼盘宣传与实际不符', '{place}保交楼进展受业主关注'],
    contents: [
      '{town}某住宅小区原定年中交房，至今仍未完工，业主在群里商量集体到住建部门反映，情绪较为不满。',
      '有业主发帖称{place}某楼盘交房时发现车位、绿化与宣传不一致，要求开发商给说法。',
      '网民转发{place}保交楼工作进展通报，部分业主表示看到了复工进度，希望按期交付。',
    ],
    socialTitles: ['{town}某小区业主商议集体反映延期交房', '{town}业主议论交房标准与宣传不符'],
    socialContents: [
      '{town}某住宅小区原定年中交房，至今仍未完工，业主在售楼处商量集体到住建部门反映，情绪较为不满。',
      '据社区干部了解，{town}某楼盘业主收房时发现车位、绿化与宣传不一致，正在联络其他业主维权。',
    ],
    sentiment: negative,
    risk: highRisk,
    veracity: mostlyTrue,
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'traffic',
    category: '公共安全',
    tags: ['公共安全/交通事故'],
    titles: ['{town}国道发生两车相撞事故', '{place}雪后路面结冰多车剐蹭', '网传{place}路口车祸“死了好几个人”'],
    contents: [
      '网民发布视频称{town}附近国道两辆货车相撞，现场有交警处置，暂无人员死亡的说法，具体情况待核实。',
      '{place}降雪后部分路段结冰，早高峰发生多起剐蹭，网民提醒出行减速慢行。',
      '群内流传{place}某路口车祸照片，配文称“死了好几个人”，经初步了解仅为轻微事故。',
    ],
    socialTitles: ['{town}群众议论国道车祸', '{town}雪后路面结冰多车剐蹭'],
    socialContents: [
      '{town}群众议论附近国道两辆货车相撞，说法不一，有人说有人员伤亡，经向交警了解仅一人轻伤。',
      '{place}降雪后部分路段结冰，早高峰发生多起剐蹭，网格员提醒居民出行减速慢行。',
    ],
    sentiment: negative,
    risk: midRisk,
    veracity: [
      ['unverified', 3],
      ['true', 4],
      ['partlyFalse', 2],
      ['false', 1],
    ],
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'fraud',
    category: '公共安全',
    tags: ['公共安全/电信诈骗'],
    titles: ['网传“{place}社保卡升级”短信系诈骗', '{town}老人接到冒充客服诈骗电话', '警惕以草原补奖名义实施的诈骗'],
    contents: [
      '有群众收到“{place}社保卡需要升级，否则停用”的短信，内附链接要求填写银行卡信息，网格员提醒这是诈骗。',
      '{village}一位老人接到自称快递客服的电话，称包裹丢失要赔偿，险些转账，被家人及时拦下。',
      '群内转发一条以“草原补奖资金补发”为名的链接，要求缴纳手续费，疑似诈骗，需提醒牧民不要点击。',
    ],
    socialTitles: ['{town}老人接到冒充客服诈骗电话', '{village}牧民收到以补奖为名的诈骗短信'],
    socialContents: [
      '{village}一位老人接到自称快递客服的电话，称包裹丢失要赔偿，险些转账，被家人及时拦下。',
      '{village}多名牧民收到以“草原补奖资金补发”为名的短信，要求缴纳手续费，网格员已逐户提醒不要点击链接。',
    ],
    sentiment: neutral,
    risk: midRisk,
    veracity: [
      ['true', 5],
      ['unverified', 2],
    ],
    weight: 3,
    kinds: ['social', 'online'],
  },
  {
    key: 'policy',
    category: '政策解读',
    tags: ['政策/惠民政策'],
    titles: ['{place}发放冬季取暖补贴获点赞', '网民转发{place}稳就业新举措', '{town}为老年人上门办理业务'],
    contents: [
      '{place}为低保户、特困人员发放冬季取暖补贴，网民留言称“暖心”“及时”，整体评价正面。',
      '本地公众号发布{place}稳就业十条措施解读，阅读量较高，评论区有人咨询创业担保贷款申请条件。',
      '{town}便民服务中心为行动不便的老人上门办理认证业务，相关视频获不少点赞。',
    ],
    socialTitles: ['{place}群众称赞冬季取暖补贴', '{town}为老年人上门办理业务'],
    socialContents: [
      '{place}为低保户、特困人员发放冬季取暖补贴，领到补贴的群众称“暖心”“及时”。',
      '{town}便民服务中心为行动不便的老人上门办理认证业务，老人和家属连声道谢。',
    ],
    sentiment: positive,
    risk: [[1, 1]],
    veracity: [['true', 1]],
    weight: 4,
    kinds: ['social', 'online'],
  },
  {
    key: 'routine',
    category: '工作动态',
    tags: ['工作动态'],
    titles: ['{place}召开冬季安全生产工作会议', '{place}开展政策宣讲进社区活动', '{town}组织干部学习培训'],
    contents: [
      '{place}召开冬季安全生产工作部署会议，传达上级会议精神，安排下一阶段重点工作。',
      '{town}组织宣讲团走进{village}开展政策宣讲，发放宣传资料二百余份。',
      '{place}组织机关干部开展业务培训，提升服务群众能力。',
    ],
    socialTitles: ['{place}召开冬季安全生产工作会议', '{place}开展政策宣讲进社区活动'],
    socialContents: [
      '{place}召开冬季安全生产工作部署会议，传达上级会议精神，安排下一阶段重点工作。',
      '{town}组织宣讲团走进{village}开展政策宣讲，发放宣传资料二百余份。',
    ],
    sentiment: [['neutral', 1]],
    risk: [[1, 1]],
    veracity: [['true', 1]],
    weight: 2,
    kinds: ['social'],
  },
];
