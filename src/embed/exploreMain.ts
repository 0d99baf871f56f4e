import "../styles/fonts.ts";
import "../styles/page.css";
import { startExploreEmbed } from "./exploreEmbed.ts";

startExploreEmbed(document);
