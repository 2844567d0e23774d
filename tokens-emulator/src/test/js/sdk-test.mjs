// The official Databricks JavaScript SDK, configured only by DATABRICKS_HOST and DATABRICKS_TOKEN
// (as run.sh exports them from the emulator's output): create, list, delete, and a 429 it retries.
import assert from "node:assert/strict";
import {WorkspaceClient} from "@databricks/sdk-experimental";

const host = process.env.DATABRICKS_HOST;
const adminKey = process.env.DATABRICKS_EMULATOR_ADMIN_KEY;
assert.ok(host && process.env.DATABRICKS_TOKEN && adminKey, "run.sh exports the emulator's variables");

async function admin(method, path, body) {
    const response = await fetch(`${host}/__emulator/${path}`, {
        method,
        headers: {"Authorization": `Bearer ${adminKey}`, "Content-Type": "application/json"},
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.equal(response.status, 200, `admin ${method} ${path}: ${await response.clone().text()}`);
    return response.json();
}

async function listedIds(workspace) {
    const ids = [];
    for await (const token of workspace.tokens.list()) {
        ids.push(token.token_id);
    }
    return ids;
}

const workspace = new WorkspaceClient({});

const created = await workspace.tokens.create({comment: "from-javascript", lifetime_seconds: 3600});
const id = created.token_info.token_id;
assert.match(created.token_value, /^dapi/);
assert.ok((await listedIds(workspace)).includes(id), "the new token is listed");

await workspace.tokens.delete({token_id: id});
assert.ok(!(await listedIds(workspace)).includes(id), "the deleted token is gone");

await admin("DELETE", "journal");
await admin("POST", "faults", {operations: ["CREATE"], status: 429, retryAfterSeconds: 1});
const retried = await workspace.tokens.create({comment: "after-a-429"});
assert.ok(retried.token_info.token_id, "the SDK retried the 429 and created the token");
const creates = (await admin("GET", "journal")).requests.filter((request) => request.operation === "CREATE");
assert.deepEqual(creates.map((request) => request.status), [429, 200]);

console.log("JavaScript SDK: create, list, delete and a retried 429 passed against " + host);
