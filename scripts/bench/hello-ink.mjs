// The baseline for the wizard's first frame: a bare ink app that renders one line.
// Bundled by bench.ts the same way as deepseek-fix, so the comparison is fair.
import React from 'react';
import {render, Text} from 'ink';

const app = render(React.createElement(Text, null, 'hello'));
setTimeout(() => app.unmount(), 50);
