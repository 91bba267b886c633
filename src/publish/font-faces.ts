/** The whole PT Serif faces: the site's cut is made from them (scripts/fonts.ts, checked by tests/site/fonts.test.ts), the preview cards set in them (og.ts). */
export const PT_SERIF_FACES = [
  { weight: 400, ttf: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf' },
  { weight: 700, ttf: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf' },
] as const;
