/** The built-in mark: the fanpage's yellow star on a red disc, as a standalone SVG file. */
export const MARK_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<circle cx="50" cy="50" r="50" fill="#c8102e"/>
<polygon fill="#ffcd00" points="50,18 57.6,41.4 82.3,41.4 62.3,55.9 69.9,79.3 50,64.8 30.1,79.3 37.7,55.9 17.7,41.4 42.4,41.4"/>
</svg>
`
