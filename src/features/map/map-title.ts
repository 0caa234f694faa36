/** The map view's name: its heading, and the name its placeholder is found by while it loads. */
export const mapTitle = 'Where deals were struck and prisoners handed over';
