/** The whole PT Serif faces the site's cut is made from (scripts/fonts.ts) and checked against (tests/site/fonts.test.ts). */
export const PT_SERIF_FACES = [
  { weight: 400, ttf: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf' },
  { weight: 700, ttf: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf' },
] as const;
