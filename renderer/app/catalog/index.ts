// The one catalog of messages: the shell's own and every feature's, registered with i18n before anything renders.
// Its zh-CN keys become the typed MessageKey of the whole renderer.
import { registerDictionaries } from '../../i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

type Catalog = typeof zhCN;

declare module '../../i18n/dictionary' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Messages extends Catalog {}
}

registerDictionaries({ 'zh-CN': zhCN, en });
