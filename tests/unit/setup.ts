// Unit tests of renderer modules that build text (import reports, spread views) need the message catalog the
// shell registers at start; without it t() answers with bare keys.
import '../../renderer/app/catalog';
