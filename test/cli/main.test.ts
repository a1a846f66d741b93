import { expect } from "chai";
import { main } from "../../src/cli/main";
import { expectCliError } from "../support/cli-error";
import { memoryIo } from "../support/memory-io";

describe("syss command line", () => {
  it("prints the version", async () => {
    const io = memoryIo();
    expect(await main(["version"], io)).to.equal(0);
    expect(io.stdout.trim()).to.match(/^\d+\.\d+\.\d+$/);
  });

  it("rejects an unknown command with exit 2 and the usage", async () => {
    const io = memoryIo();
    expect(await main(["frobnicate"], io)).to.equal(2);
    const error = expectCliError(io.stdout);
    expect(error.message).to.contain("unknown command 'frobnicate'");
    expect(error.message).to.contain("syss version");
  });
});
