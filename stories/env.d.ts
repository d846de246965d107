// Stories import plain CSS files for Vite to inject (e.g. the board layout).
declare module '*.css';
