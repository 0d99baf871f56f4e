import "../styles/fonts.ts";
import "./embed.css";
import { startEmbed } from "./embed.ts";

startEmbed(document);
