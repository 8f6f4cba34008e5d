/** Matching names and roles across articles: transliterations, short forms, role spellings. */
import { expect } from 'chai';
import { canonicalRole, nameKey, sameName, sameRole } from '../../lib/text/names.ts';

describe('names', () => {
  describe('sameName: the same person', () => {
    const same: [string, string][] = [
      ['Sergei Lavrov', 'Sergey Lavrov'],
      ['Aleksandr Kuznetsov', 'Alexander Kuznetsov'],
      ['Mohammed Ali', 'Muhammad Ali'],
      ['Mohammed Ali', 'Mohamed Ali'],
      ['Yuriy Petrov', 'Yuri Petrov'],
      ['Dmitry Ivanov', 'Dmitri Ivanov'],
      ['Andrey Ivanov', 'Andrei Ivanov'],
      ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'],
      ['Volodymyr Zelenskiy', 'Volodymyr Zelensky'],
      ['Saddam Hussein', 'Saddam Hussain'],
      ['José Martí', 'Jose Marti'],
      ['Mr. Putin', 'Putin'],
      ['Putin', 'Vladimir Putin'],
      ['Vladimir Putin', 'V. Putin'],
      ['George Bush', 'George W. Bush'],
      ['Xi', 'Xi Jinping'],
      ['Peter Novak', 'Petr Novak'],
      ['Youssef Haddad', 'Yusef Haddad'],
      ['Stephan Weber', 'Stefan Weber'],
    ];
    for (const [a, b] of same) {
      it(`${a} = ${b}`, () => {
        expect(sameName(a, b)).to.equal(true);
        expect(sameName(b, a)).to.equal(true);
      });
    }
  });

  describe('sameName: different people', () => {
    const different: [string, string][] = [
      ['Vladimir Putin', 'Dmitry Peskov'],
      ['Xi Jinping', 'Xu Jinping'],
      ['Li Qiang', 'Lee Qiang'],
      ['Martin Smith', 'Morton Smith'],
      ['George Bush', 'Laura Bush'],
      ['Sergei Lavrov', 'Sergei Shoigu'],
      ['Putin', 'Peskov'],
      ['V.', 'Vladimir Putin'],
      ['', 'Putin'],
      ['John Smith', 'John Smithers'],
    ];
    for (const [a, b] of different) {
      it(`${a} ≠ ${b}`, () => {
        expect(sameName(a, b)).to.equal(false);
        expect(sameName(b, a)).to.equal(false);
      });
    }
  });

  describe('nameKey', () => {
    const keys: [string, string][] = [
      ['Sergey', nameKey('Sergei')],
      ['Alexander', nameKey('Aleksandr')],
      ['Zelenskyy', nameKey('Zelensky')],
      ['Mohammed', nameKey('Muhammad')],
    ];
    for (const [word, key] of keys) {
      it(`${word} → ${key}`, () => expect(nameKey(word)).to.equal(key));
    }
    it('keeps different names apart', () => expect(nameKey('Putin')).to.not.equal(nameKey('Peskov')));
  });

  describe('canonicalRole', () => {
    const roles: [string, string][] = [
      ['defence minister', 'defense minister'],
      ['Defense Minister', 'defense minister'],
      ['newly appointed defence minister', 'defense minister'],
      ['the new defense minister', 'defense minister'],
      ['Secretary-General', 'secretary general'],
      ['secretary general', 'secretary general'],
      ['CEO', 'chief executive'],
      ['chief executive officer', 'chief executive'],
      ['Gov.', 'governor'],
      ['spokesman', 'spokesperson'],
      ['deputy spokeswoman', 'deputy spokesperson'],
      ['former president', 'former president'],
      ['Foreign Minister', 'foreign minister'],
      ['foreign policy aide', 'foreign policy aide'],
      ['  Prime   Minister ', 'prime minister'],
    ];
    for (const [role, canonical] of roles) {
      it(`${JSON.stringify(role)} → ${canonical}`, () => expect(canonicalRole(role)).to.equal(canonical));
    }
  });

  describe('sameRole', () => {
    const same: [string, string][] = [
      ['defence minister', 'defense minister'],
      ['newly appointed defence minister', 'new defense minister'],
      ['foreign policy aide', 'aide'],
      ['minister', 'defense minister'],
      ['CEO', 'chief executive'],
      ['secretary-general', 'Secretary General'],
      ['spokesman', 'spokeswoman'],
    ];
    const different: [string, string][] = [
      ['defense minister', 'foreign minister'],
      ['former president', 'president'],
      ['president', 'prime minister'],
      ['aide', 'foreign minister'],
      ['acting governor', 'governor'],
      ['', 'president'],
    ];
    for (const [a, b] of same) it(`${a} ~ ${b}`, () => expect(sameRole(a, b)).to.equal(true));
    for (const [a, b] of different) it(`${a} ≁ ${b}`, () => expect(sameRole(a, b)).to.equal(false));
  });
});
