import { gov2021 } from '../template/gov-2021';
import { createEmptyReport, type ReportDocument } from '../report/document';
import { listNarratives } from '../template/cells';

// The sample report the product was specified from (../shared/samples/2021_pinghu_kejiju.txt),
// as the document the text importer must produce from it, value by value.

const narratives: Record<string, string> = {
  'overview.proactive':
    '为推动政府信息公开工作的有效开展，2021 年，市科技局在市委、市政府的领导下，进一步健全工作机制，认真贯彻落实《中华人民共和国政府信息公开条例》，根据政府信息公开目录，及时、全面对外公开工作动态、政策文件、政策解读、公告通告等涉及群众切实利益和社会需要广泛知晓的内容，做到应公开、尽公开。全年共公开政府信息 120 条，报告所列数据统计期限为 2021 年 1 月 1 日至 2021 年 12 月 31 日。',
  'overview.onRequest':
    '我局积极做好信息公开各项工作，严格执行政府工作信息依申请公开标准，2021 年收到依申请公开申请事项 0 件。',
  'overview.management':
    '一是强化责任落实，明确局办公室作为政府信息公开承办科室，落实专人牵头公开工作。二是根据要求，制定我局政务公开工作要点，对各类公开信息提出具体规范性要求。三是提高专业能力，由分管领导审核把关，保证公开内容及时准确。',
  'overview.platform':
    '一是不断加强政府信息公开平台建设。安排专人负责日常更新维护工作，根据市里统一要求，按照目录及时更新内容，配合上级部门做好网站安全评估和审查。二是持续深化政务新媒体平台建设。通过“创新平湖”微信公众号，多渠道发布政务信息，拓宽信息公开维度、加大信息公开力度。',
  'overview.oversight':
    '认真贯彻学习《中华人民共和国政府信息公开条例》和上级政府政务公开工作要点等法规政策和工作部署，制定我局政务公开工作要点，由办公室落实具体工作，每月定期检查各目录信息是否发布准确、到位。',
  'improvement.problems':
    '2021年，我局在加强信息公开工作、规范信息公开程序、加大主动公开力度等方面取得了一定进步，但与市委、市政府和社会各界的要求相比，仍存一定差距。一是信息公开的内容还不够丰富，政策解读形式较为单一。二是信息公开意识需要进一步强化，主动公开的政务信息与社会公众的需求还存在一定差距。',
  'improvement.measures':
    '下一步，我局将进一步深化政务公开工作，不断提高政务服务质量。一是进一步充实政务公开内容，丰富公开形式。合理布局网站页面，做到图文并茂，保证信息公开质量。二是着力提升工作水平，提高政务公开意识。通过参加业务培训和主动学习其他部门经验做法等途径，加强我局工作人员素质培养。',
  otherMatters: '无',
};

// Every cell of the sample is 0 except these.
const nonZero: Record<string, number> = {
  'proactive.normativeDocuments.issued': 2,
  'proactive.normativeDocuments.inForce': 6,
};

// Built in one pass (it is built when the domain's code loads, on every screen).
function buildSample(): ReportDocument {
  const texts = new Set(listNarratives(gov2021).map((n) => n.path));
  return createEmptyReport(gov2021, { agency: '平湖市科技局', year: 2021 }, (path) =>
    texts.has(path) ? narratives[path] : (nonZero[path] ?? 0),
  );
}

/** The 2021 平湖市科技局 sample report as a document. */
export const sample2021: ReportDocument = buildSample();
