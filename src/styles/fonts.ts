// Self-hosted, Latin subset only, three faces: the story's serif, and the sans at two
// weights for headings, labels and controls. The @fontsource CSS declares font-display:
// swap; the fallbacks are sized to match (fallbacks.css), and the build preloads all three.
import "@fontsource/source-serif-4/latin-400.css";
import "@fontsource/source-sans-3/latin-400.css";
import "@fontsource/source-sans-3/latin-700.css";
import "./fallbacks.css";
