import { render } from "preact";
import { ModelPage } from "./ModelPage";

const app = document.getElementById("app");
if (app !== null) render(<ModelPage />, app);
