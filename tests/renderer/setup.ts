import 'fake-indexeddb/auto';
import '../../renderer/app/catalog';
