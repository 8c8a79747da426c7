package dev.wazir.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The mixed-language fixture of spec §11.1, written byte for byte. */
public final class GoldenFixture {
    private GoldenFixture() {
    }

    public static Path create(Path root) throws IOException {
        write(root, "wazir.manifest.yaml", "project:\n  name: \"Mixed Fixture!! Demo\"\npaths:\n"
                + "  state_root_default: ~/.wazir/projects/{project_slug}\nprotected_paths:\n  - input\n  - exports/hosts\n");
        write(root, "src/app.js", String.join("\n",
                "import fs from 'node:fs';",
                "const path = require('node:path');",
                "",
                "/**",
                " * Make a widget.",
                " * @param {string} name",
                " */",
                "export function makeWidget(name) {",
                "  return { name };",
                "}",
                "",
                "export async function loadAll(a,",
                "  b) {",
                "  if (a) {",
                "    return b;",
                "  }",
                "}",
                "",
                "async function helper() { return 1; }",
                "function plain(x) {",
                "  const s = \"}\";",
                "  return x;",
                "}",
                "export const arrow = (x) => x * 2;",
                "const asyncArrow = async (y) => {",
                "  return y;",
                "};",
                "export const notFn = 42;",
                "class Base {",
                "  method() {}",
                "}",
                "export class Derived extends Base {",
                "  constructor() { super(); }",
                "}",
                "  function   indented  () {}",
                "export default function defaultFn() {}",
                "const fnExpr = function () {};",
                ""));
        write(root, "src/types.ts", String.join("\n",
                "export interface Shape { area(): number }",
                "interface Local {",
                "  x: number;",
                "}",
                "type Alias = string;",
                "enum Color { Red, Green }",
                "export enum Size {",
                "  S,",
                "  M,",
                "}",
                "export function area(s: Shape): number {",
                "  return s.area();",
                "}",
                ""));
        write(root, "src/tool.py", String.join("\n",
                "#!/usr/bin/env python3",
                "import os",
                "from typing import List",
                "",
                "# Helper comment one",
                "# Helper comment two",
                "def helper(x):",
                "    return x",
                "",
                "class Thing:",
                "    def method(self):",
                "        pass",
                "",
                "async def coro():",
                "    pass",
                ""));
        write(root, "src/main.go", String.join("\n",
                "package main",
                "",
                "import \"fmt\"",
                "",
                "type Server struct {",
                "\tPort int",
                "}",
                "",
                "type Handler interface {",
                "\tServe()",
                "}",
                "",
                "func main() {",
                "\tfmt.Println(\"hi\")",
                "}",
                "",
                "func (s *Server) Start() {",
                "}",
                ""));
        write(root, "src/lib/lib.rs", String.join("\n",
                "use std::io;",
                "",
                "pub struct Point {",
                "    x: i32,",
                "}",
                "",
                "enum Kind { A, B }",
                "",
                "pub trait Shape {",
                "    fn area(&self) -> f64;",
                "}",
                "",
                "pub fn compute(a: i32) -> i32 {",
                "    a + 1",
                "}",
                "",
                "fn private_fn() {",
                "}",
                ""));
        write(root, "src/App.java", String.join("\n",
                "package demo;",
                "",
                "import java.util.List;",
                "",
                "public class App {",
                "    public static void main(String[] args) {",
                "        System.out.println(\"hi\");",
                "    }",
                "}",
                "",
                "interface Greeter {",
                "    void greet();",
                "}",
                "",
                "record Pair(int a, int b) {}",
                "",
                "public enum Level { LOW, HIGH }",
                ""));
        write(root, "db/schema.sql", String.join("\n",
                "CREATE TABLE users (",
                "  id INTEGER PRIMARY KEY",
                ");",
                "create or replace view active_users as select * from users;",
                "CREATE TABLE IF NOT EXISTS logs (id int);",
                "Create Function do_thing() returns int;",
                "create procedure proc_x();",
                ""));
        write(root, "config/app.json", String.join("\n",
                "{",
                "  \"name\": \"demo\",",
                "  \"nested\": {",
                "    \"inner\": true,",
                "    \"list\": [1, 2]",
                "  },",
                "  \"escaped\\\"key\": 1,",
                "  \"url\": \"http://x\"",
                "}",
                ""));
        write(root, "config/app.yaml", String.join("\n",
                "name: demo",
                "version: 1.0",
                "nested:",
                "  inner: true",
                "  \"quoted\": yes",
                "list:",
                "  - a",
                "url:http://x",
                "# comment: no",
                "Key_With-Dash: v",
                ""));
        write(root, "docs/guide.md", String.join("\n",
                "# Guide",
                "Intro paragraph here.",
                "",
                "## Install   ",
                "Steps.",
                "####### seven",
                "#NoSpace",
                "```",
                "# in code fence",
                "```",
                "### Deep *title*",
                ""));
        write(root, "docs/notes.txt", "plain text file\nsecond line\n");
        write(root, "docs/empty.md", "");
        write(root, "docs/one.txt", "single line no newline");
        bytes(root, "src/binary.js", "const x = 1;\0\0bin\n".getBytes(StandardCharsets.UTF_8));
        bytes(root, "src/bom.js", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "export function bomFn() {\n}\n".getBytes(StandardCharsets.UTF_8)));
        write(root, "src/crlf.js", "function crlf() {\r\n  return 1;\r\n}\r\n");
        bytes(root, "src/invalid.js", concat("export function bad() {\n  return \"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE}, "\";\n}\n".getBytes(StandardCharsets.UTF_8)));
        write(root, "docs/UPPER.MD", "# Upper\n");
        write(root, ".hidden/h.js", "function hidden() {}\n");
        write(root, ".c8rc.json", "{\"a\":1}\n");
        for (String name : new String[] {".json", "noext", "file.JSON", "vendor/a.jsx", "vendor/x.cjs", "vendor/x.mjs",
                "vendor/x.tsx", "vendor/x.yml", "vendor/x.c", "dir with space/a b.md", "a-b/x.md", "a/b.md", "a.md",
                "A.md", "_u.md", "node_modules/pkg/index.js", "dist/a.js", "build/a.js", "coverage/a.js", ".next/a.js",
                ".git/a.js", ".worktrees/a.js", "sub/node_modules/x/a.js"}) {
            write(root, name, "x\n");
        }
        Files.createSymbolicLink(root.resolve("link.js"), Path.of("src/app.js"));
        Files.createSymbolicLink(root.resolve("linkdir"), Path.of("src"));
        return root;
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static void write(Path root, String relative, String text) throws IOException {
        bytes(root, relative, text.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(Path root, String relative, byte[] data) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }
}
