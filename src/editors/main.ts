import "../styles/fonts.ts";
import "./editors.css";
import { bindCopyButtons } from "./copyCode.ts";
import { sizePreviews } from "./previews.ts";

bindCopyButtons(document);
sizePreviews(document);
