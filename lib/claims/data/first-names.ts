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
  robert richard william thomas charles christopher daniel paul steven andrew kenneth joshua kevin brian george timothy
  ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
  frank gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry douglas nathan peter zachary kyle
  walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe bryan
  billy jordan albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy vincent russell louis philip
  bobby johnny bradley mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
  sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia
  kathleen amy shirley angela helen brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
  janet ruth maria heather diane virginia julie joyce victoria kelly christina lauren joan evelyn olivia judith megan
  cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia
  grace judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella
  markus marcus beatrice nikos nikolaos giorgos georgios fiona ursula rafael antonio giorgia mette ulf lars anders
  erik henrik johan sven magnus jan piotr tomasz andrzej krzysztof pawel marek katarzyna agnieszka jakub martin hans
  klaus jurgen wolfgang stefan matthias thomas friedrich boris francois jean pierre jacques philippe nicolas emmanuelle
  sophie claire camille ingrid kaja kaia josep charles pedro carlos miguel luis javier sergio pablo ana lucia elena
  marta giovanni marco luca andrea paolo francesco roberto ahmed mohammed omar ali hassan recep hakan mevlut kim
  antonio tedros filippo volker rosemary dominic liz penny grant ben ed yvette
  nazar viacheslav vladyslav vladislav valentin valentyn herman german radii radiy rustam rinat marat ramzan akhmed magomed
  nikita mykyta konstantin kostiantyn kostyantyn eduard ihnat ignat danylo daniil zakhar semen semyon stepan yakiv yakov
  matvii matvey nestor orest ostap platon rostyslav rostislav sviatoslav svyatoslav vsevolod yehor yegor arkadii arkady
  gleb hlib pylyp myroslav miroslav artur arthur yevhenii yevgenii gennadiy hennadiy anatoliy valeriy dmytrii
  rehina regina maryna marina olha olga yevgenia yevheniia yevhenia evgenia zhanna valentyna valentina vira vera liubov
  lyubov nina raisa alla zoya ella elvira alina polina sofiia sofia veronika kristina khrystyna tamara lidiia lidia ludmila
  halyna galyna anastasia anastasiia yana ulyana uliana mariana maryana ksenia kseniia antonina valeria valeriia nadia
  yaroslava myroslava lesia lesya liliia lilia marharyta margarita karina dariia darya mariia olesia olesya
  wladyslaw władysław radosław radoslaw mariusz grzegorz wojciech przemysław bartosz łukasz lukasz maciej michał michal
  kamil dariusz zbigniew jarosław jaroslaw mateusz witold tadeusz beata małgorzata malgorzata joanna ewa magdalena monika
  dorota gitanas gabrielius vytautas laurynas dovile ingrida rimantas arvydas mindaugas kestutis linas darius tomas
  edgars krisjanis janis andris evika kaarel kaupo egert hanno margus priit urmas toomas tonis kristjan kersti peeter
  indrek andres mihkel kadri pasi kari markku jussi antti petteri mika juha sauli sanna elina jukka ville timo heikki tuomas
  aleksi teemu jonas espen nils olav bjorn björn tobias mikael kristian frederik rasmus troels caspar ruben wopke sigrid
  joost pieter piet jeroen maarten wouter rutger karl heinz dieter jörg rolf uwe sabine christian florian felix lukas niklas
  carsten torsten mihai cristian vasile dorin maia radu gheorghe florin adrian ioana oana jiri jiří tomáš lukáš ondřej
  marian marius ion ionut ionuț dumitru nicolae costel viorel catalin cătălin sorin iulian lucian ovidiu cosmin mircea emil
  liviu ionel alin mihaela gabriela cristina raluca traian vlad petru teodor laurentiu laurențiu razvan răzvan
  ondrej martina lucie zuzana mamuka giorgi levan irakli davit nino salome tamar zurab otar mikheil tornike nodar ketevan
  abdulkadir ahmet mehmet mustafa ibrahim yusuf fatih kemal selim takeshi fumio shigeru yoko hiroshi kenji takashi akira
  shinzo hideaki yoshihide taro naoki masahiro kazuo haruki yuko keiko akiko apti khamzat aslan bair ian tom harriet maya oliver harry jack charlotte lucy chloe tim tony alex andy matt steve
  phil chris mike simon graham nigel neil keith gordon alastair angus iain ewan rory gemma nicola tessa vrinda priya rahul
  helena eva karin liv hilde astrid birgit greta petra silke jana lena ida ines isabel paula rosa julien hugo andre andré
  antoine olivier didier laurent thierry rené rene marc yves benoit benoît bertrand dmitriy ilona iveta lina irma
  hélène helene isabelle nathalie valérie valerie sylvie céline celine aurélie aurelie élodie elodie mathilde juliette
  amélie amelie chantal brigitte dominique véronique veronique sébastien sebastien guillaume mathieu matthieu étienne etienne
  jari mikko juha antti pekka matti timo heikki ville sanna jukka kari petteri sauli riikka elina annika
  giuseppe giovanni luca marco paolo francesco alessandro matteo lorenzo chiara francesca giulia elisa ilaria federica valentina silvia
  javier carlos miguel luis jorge manuel alberto fernando pablo sergio carmen lucía lucia elena mercedes
  rui joão joao nuno tiago duarte gonçalo goncalo inês
  dirk jörg jorg uwe sabine ursula anke heike annette kristina katrin
  `.trim().split(/\s+/),
);

const NOT_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/** A first name the list holds, its diacritics folded for names written in their own alphabet's letters ("Péter", "Jarosław"). */
export function isFirstName(lower: string): boolean {
  return FIRST_NAMES.has(lower) || (NOT_ASCII.test(lower) && FIRST_NAMES.has(lower.normalize("NFD").replace(MARKS, "").replace(/ł/g, "l")));
}
