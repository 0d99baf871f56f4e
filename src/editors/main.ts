import "../styles/fonts.ts";
import "./editors.css";
import { bindCopyButtons } from "./copyCode.ts";
import { sizePreviews } from "./previews.ts";
import { bindSnippetChoices } from "./snippetChoices.ts";

bindSnippetChoices(document);
bindCopyButtons(document);
sizePreviews(document);
