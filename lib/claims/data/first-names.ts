// Common first names (lower case) of the officials, soldiers and residents the reports quote, in the
// usual English transliterations. A line "Tymur Tkachenko:" is a speaker label when it starts with one.

export const FIRST_NAMES = new Set(
  `
  oleh oleg oleksandr oleksandra alexander aleksandr alexandr serhii serhiy sergei sergey ivan vadym vadim vitalii vitaliy vitali
  vitaly tymur timur volodymyr vladimir yurii yuriy yuri ihor igor andrii andriy andrei andrey dmytro dmitry dmitri mykola nikolai
  viktor victor vyacheslav alexei alexey oleksii oleksiy yevgeny yevgeniy evgeny yevhen denys denis leonid kirill kyrylo roman
  pavlo pavel petro petr pyotr mykhailo mikhail maksym maxim artem artyom bohdan bogdan taras yaroslav vasyl vasily valerii valery
  anatolii anatoly stanislav borys boris hennadii gennady ruslan rustem ilya illia arsen anton fedir fyodor hryhorii grigory
  irina iryna olena elena yelena nataliia natalia natalya hanna anna svitlana svetlana maria mariya tetiana tatiana tatyana yulia
  yuliia kateryna ekaterina liudmyla lyudmila larysa larisa oksana halyna galina nadiia nadezhda inna viktoriia viktoria daria
  john pat matthew bill lloyd antony anthony jake david mark james michael jens rishi keir emmanuel olaf annalena
  `.trim().split(/\s+/),
);
