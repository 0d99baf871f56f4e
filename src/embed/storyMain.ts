import "../styles/fonts.ts";
import "../styles/page.css";
import "./storyEmbed.css";
import { startStoryEmbed } from "./storyEmbed.ts";

startStoryEmbed(document);
