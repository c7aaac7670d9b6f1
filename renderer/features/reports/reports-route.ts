// The report open on the page lives in the location hash (#/reports/<id>).
import { subRoute } from '../../workspace/sub-route';

const REPORT_ROUTE = subRoute('reports');

export const reportIdFromHash = REPORT_ROUTE.keyFromHash;
export const openReportPage = REPORT_ROUTE.open;
