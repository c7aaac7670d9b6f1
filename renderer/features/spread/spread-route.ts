// The cascade open on the page lives in the location hash (#/spread/<root node id>).
import { subRoute } from '../../workspace/sub-route';

const CASCADE_ROUTE = subRoute('spread');

export const cascadeKeyFromHash = CASCADE_ROUTE.keyFromHash;
export const openCascade = CASCADE_ROUTE.open;
