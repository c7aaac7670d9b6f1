// What other parts of the renderer may use from people: everything else in the folder is its own.
export { AddPersonForm } from './AddPersonForm';
export { PersonSwitcher } from './PersonSwitcher';
export { onBeforePersonSwitch } from './switch-person';
