import type { Config } from "tailwindcss";

// Colours chosen for WCAG 2.2 AA contrast on white (brand-700 on white ≈ 7.4:1).
export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#eef6f6",
          100: "#d5eaea",
          600: "#0f6e6e",
          700: "#0b5858",
          800: "#094545",
          900: "#062f2f",
        },
        accent: { 500: "#c2410c", 600: "#9a3412" },
        ink: { DEFAULT: "#1f2933", muted: "#4b5563" },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
      },
      maxWidth: { prose: "68ch" },
    },
  },
} satisfies Config;
