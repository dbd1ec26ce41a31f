import { render } from "preact";
import { Popup } from "./Popup";

const app = document.getElementById("app");
if (app !== null) render(<Popup />, app);
