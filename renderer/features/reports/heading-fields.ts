import type { ReportHeading } from '../../../shared/domain/report-types';
import type { PlainMessageKey } from '../../i18n';

/** The heading's lines, as the report editor and the series table show them. */
export const HEADING_FIELDS = [
  { field: 'issuingOrganisation', label: 'reports.issuingOrganisation', placeholder: 'reports.issuingOrganisationPlaceholder' },
  { field: 'recipient', label: 'reports.recipient', placeholder: 'reports.recipientPlaceholder' },
] as const satisfies ReadonlyArray<{ field: keyof ReportHeading; label: PlainMessageKey; placeholder: PlainMessageKey }>;
