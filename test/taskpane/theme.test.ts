import "../support/dom";
import { expect } from "chai";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { themeFromOffice } from "../../src/taskpane/shell/theme";

describe("task-pane theme", () => {
  it("is Fluent's light theme outside Office", async () => {
    expect(await themeFromOffice(undefined)).to.equal(webLightTheme);
  });

  it("follows a dark Office theme and takes over its body colours", async () => {
    const theme = await themeFromOffice({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" });
    expect(theme.colorBrandBackground).to.equal(webDarkTheme.colorBrandBackground);
    expect(theme.colorNeutralBackground1).to.equal("#262626");
    expect(theme.colorNeutralForeground1).to.equal("#ffffff");
  });

  it("uses isDarkTheme when Office reports it, and ignores colours that are not hex", async () => {
    expect((await themeFromOffice({ isDarkTheme: true })).colorNeutralBackground1).to.equal(webDarkTheme.colorNeutralBackground1);
    const light = await themeFromOffice({ bodyBackgroundColor: "white", bodyForegroundColor: "black" });
    expect(light.colorNeutralBackground1).to.equal(webLightTheme.colorNeutralBackground1);
  });
});
