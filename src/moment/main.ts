import { BEAT, STORY } from "../pageContract.ts";
import { momentTarget } from "./momentTarget.ts";

// A share card page names its beat and the story on <html> (scripts/share/momentPage.ts):
// crawlers, which run no script, keep the page's own tags; a browser goes on to the beat.
const [beat, story] = [BEAT, STORY].map((a) => a.read(document.documentElement));
const target = momentTarget(location.href, beat, story);
if (target) location.replace(target);
