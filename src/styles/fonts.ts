// Self-hosted, Latin subset only, three faces: the story's serif, and the sans at two
// weights for headings, labels and controls. The @fontsource CSS declares font-display:
// swap; the fallbacks are sized to match (fallbacks.css), so text set first in a fallback
// does not move when the face arrives. Not preloaded: on a phone's connection three preloads
// competed with the page itself and delayed its largest paint (`npm run bench`).
import "@fontsource/source-serif-4/latin-400.css";
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-700.css";
import "./fallbacks.css";
// The Arabic edition's faces (src/styles/arabic.css names them on its pages alone): Arabic
// subsets only, so a page with no Arabic text styled in them downloads nothing more.
import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-sans-arabic/arabic-400.css";
import "@fontsource/noto-sans-arabic/arabic-700.css";
