// @ts-check
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import { importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The layers of the portal, as lint rules (see CONVENTIONS.md): each block says which layer may
 * import what, and its message says why, so a violation explains itself in CI.
 */
const layerRules = [
  {
    files: ["app/routes/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(#db/|drizzle-orm|better-sqlite3)",
              message: "Routes never touch the database: call a function in app/domain instead.",
            },
            {
              regex: "^(#app/routes/|\\./|\\.\\./routes/)",
              message:
                "Nothing imports a route module: move what is shared to app/components, app/forms or app/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/domain/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@remix-run/|react$|react/|react-dom)",
              allowTypeImports: true,
              message: "The domain is plain TypeScript: it never imports Remix or React (type-only imports aside).",
            },
            {
              regex: "^#app/(utils|i18n|routes|components|forms)/",
              allowTypeImports: true,
              message:
                "The domain never imports app/utils, app/i18n, app/forms, app/components or routes (type-only imports aside): pass what it needs in.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/components/**/*.{ts,tsx}", "app/forms/**/*.ts", "app/i18n/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(\\.server(\\.tsx?)?$|^#db/|^drizzle-orm)",
              allowTypeImports: true,
              message:
                "Components, forms and i18n run in the browser: they never import *.server modules or the database (type-only imports aside).",
            },
            {
              regex: "^#app/routes/",
              message:
                "Nothing imports a route module: move what is shared to app/components, app/forms or app/domain.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/utils/**/*.{ts,tsx}", "db/**/*.ts", "tests/**/*.ts", "scripts/**/*.ts", "server.ts", "server/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^#app/routes/",
              message:
                "Nothing imports a route module: move what is shared to app/components, app/forms or app/domain.",
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ["build/**", "node_modules/**", "data/**", "tests/.artifacts/**", ".cache/**", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js"] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    settings: {
      "import-x/extensions": importX.flatConfigs.typescript.settings["import-x/extensions"],
      "import-x/parsers": importX.flatConfigs.typescript.settings["import-x/parsers"],
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-duplicates": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/only-throw-error": "off",
    },
  },
  ...layerRules,
  {
    files: ["tests/**/*.ts"],
    rules: {
      // Tests read JSON answers and use expect's asymmetric matchers, both typed `any` by their
      // libraries; the assertions themselves check the shapes.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
    },
  },
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
);
