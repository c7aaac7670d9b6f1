// Reads a password without it ever being a command-line argument: the first line of a file, or typed at the
// terminal with echo off.
import { firstLineOf } from './db/pool';

export async function readPassword(prompt: string, file: string | null, confirm: boolean): Promise<string> {
  if (file) return firstLineOf(file);
  if (!process.stdin.isTTY) throw new Error('没有终端可以输入密码；请用 --admin-password-file 指定一个文件（取第一行）。');
  const first = await readHidden(prompt);
  if (confirm) {
    const second = await readHidden('再输入一遍：');
    if (first !== second) throw new Error('两次输入的密码不一致。');
  }
  return first;
}

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const finish = (error: Error | null): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string): void => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(null);
        if (character === '\u0003') return finish(new Error('已取消。'));
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    stdin.on('data', onData);
  });
}
