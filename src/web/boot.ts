import { startFirstRequests } from './app/first-requests.ts';

// The entry script, kept small: it starts the first requests (app/first-requests.ts), then the app itself.
startFirstRequests(window.location);
void import('./main.tsx');
