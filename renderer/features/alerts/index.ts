// What other parts of the renderer may use from alerts: everything else in the folder is its own.
export { SilenceAlerts } from './SilenceAlerts';
export { StatusSilence } from './StatusSilence';
