import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/core/article.js';
import { findPeople } from '../src/core/people.js';
import { filterQuotes, findQuotes, type Quote } from '../src/core/quotes.js';
import { GIVEN_NAMES, MODEL } from './helpers/model.js';
import { ARTICLE } from './helpers/cli.js';

function quotes(text: string): Quote[] {
  const article = parseArticle(text);
  return findQuotes({ article, people: findPeople(article, MODEL, GIVEN_NAMES), givenNames: GIVEN_NAMES });
}
const brief = (text: string) => quotes(text).map((q) => [q.kind, q.speaker?.name ?? null, q.text]);

// [passage, expected [kind, speaker name, text] for every quote]
const TABLE: [string, [string, string | null, string][]][] = [
  // direct quotes, marks and attribution positions
  ['“We will win,” said Maria Costa.', [['direct', 'Maria Costa', 'We will win,']]],
  ['"We will win," Maria Costa said.', [['direct', 'Maria Costa', 'We will win,']]],
  ['Maria Costa said, “We will win.”', [['direct', 'Maria Costa', 'We will win.']]],
  ['Maria Costa said: "We will win."', [['direct', 'Maria Costa', 'We will win.']]],
  ['She put it plainly: “The plan has failed.” Nobody answered.', [['direct', 'She', 'The plan has failed.']]],
  ['A lesson from Lena Park: “Be the voice that people hear.”\n\nLena Park spoke on Tuesday.', [['direct', 'Lena Park', 'Be the voice that people hear.']]],
  ["''It is over,'' said John Smith.", [['direct', 'John Smith', "It is over,"]]],
  // an inverted attribution after the rest of the sentence
  ['“We are extremely happy” about the decision, said Rosa Marquez, director of the nurses union.', [['direct', 'Rosa Marquez', 'We are extremely happy']]],
  ['Premier Li Qiang, on his first visit to Spain, said the two countries "share an interest in open markets" and pledged to increase imports.', [['mixed', 'Li Qiang', 'the two countries "share an interest in open markets"'], ['indirect', 'Li Qiang', 'to increase imports']]],
  ["In Brussels, the commission's trade chief, Maros Sefcovic, declined to comment but said the members were free to pursue bilateral deals.", [['indirect', 'Maros Sefcovic', 'to comment'], ['indirect', 'Maros Sefcovic', 'the members were free to pursue bilateral deals']]],
  ['“There is a young man having some problems,” Omar Haddad said as the heckler yelled at him.', [['direct', 'Omar Haddad', 'There is a young man having some problems,']]],
  // verbs that name a speaker beside a quote: a sign or an email "reads", "barked", "puts it"
  ['“Vote for the party of freedom,” the email read.', [['direct', 'the email', 'Vote for the party of freedom,']]],
  ['“We are doomed,” Lena Park barked.', [['direct', 'Lena Park', 'We are doomed,']]],
  ['"What a ride," commander Reid Wiseman radioed as the parachutes opened.', [['direct', 'Reid Wiseman', 'What a ride,']]],
  ['Paapa Essiedu, who plays Hamlet, delivers "To be, or not to be" as a livestream.', [['direct', 'Paapa Essiedu', 'To be, or not to be']]],
  // what was told comes after "that" past an object of names and titles, however long
  ['Xi Jinping told European Commission President Ursula von der Leyen and European Council President António Costa that the two sides should be partners.', [['indirect', 'Xi Jinping', 'the two sides should be partners']]],
  // a group's noun after a capitalized adjective ends the subject: "Chinese state media"
  ['Chinese state media quoted him as saying the talks had failed.', [['indirect', 'Chinese state media', 'the talks had failed']]],
  // a description's synonym of the office the article gave: "the pontiff" is the pope
  ['Pope Leo XIV named 21 cardinals. The pontiff told the crowd that they came from the peripheries.', [['indirect', 'Leo XIV', 'they came from the peripheries']]],
  // words shouted or on a sign right after their verb, whatever their case and length
  ['About 50 protesters had gathered outside the casino on Wednesday, chanting "no contract, no peace" after talks failed.', [['direct', '50 protesters', 'no contract, no peace']]],
  ['Hundreds of nurses marched through the city on Monday, chanting "Fund Our Wards," and blocked traffic.', [['direct', 'Hundreds of nurses', 'Fund Our Wards,']]],
  ['At the rally, 14-year-old Aubrey Pelletier hoisted a sign that read "15%!" Her father was proud.', [['direct', 'a sign', '15%!']]],
  ['When someone in the crowd shouted, “Cruz,” Dana Reyes laughed and went on.', [['direct', 'someone in the crowd', 'Cruz,']]],
  ['She read “Goodnight Moon” to the class.', []],
  ["During their first debate, Lena Park cracked, ''I'm a progressive who likes to get things done.''", [['direct', 'Lena Park', "I'm a progressive who likes to get things done."]]],
  ['As the columnist Dana Reyes puts it, "The party belongs to him now."', [['direct', 'Dana Reyes', 'The party belongs to him now.']]],
  ["Or, as Tom Rideout, a former secretary of homeland security, put it: ''The barbarians are inside.''", [['direct', 'Tom Rideout', 'The barbarians are inside.']]],
  ["As one developer, Priya Shah, put it: ''Now the real work starts.''", [['direct', 'Priya Shah', 'Now the real work starts.']]],
  ["As the columnist Louella Parsons had written years earlier, ''We could not have an industry without him.''", [['direct', 'Louella Parsons', 'We could not have an industry without him.']]],
  ["The debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it has been.''", [['direct', 'Trump', 'So far, I cannot believe how civil it has been.']]],
  ["Howard Rubel spoke first. ''The stock has not done well,'' Mr. Rubel pointed out.", [['direct', 'Howard Rubel', 'The stock has not done well,']]],
  ['Maria Costa emphatically proclaimed at a press conference, “I sent no secret files.”', [['direct', 'Maria Costa', 'I sent no secret files.']]],
  // a quote that is its whole paragraph, signed on the next line with a dash
  ['"We have the highest rate of child poverty of any major country."\n\n- Omar Haddad.\n\nThe figure is old.', [['direct', 'Omar Haddad', 'We have the highest rate of child poverty of any major country.']]],
  ['"You had a lot of people saying you should have combined a donkey with a rabbit."\n\nThat was how Jeffrey Bewkes, the chief executive, once described his company.', [['direct', 'Jeffrey Bewkes', 'You had a lot of people saying you should have combined a donkey with a rabbit.']]],
  // a nested quote closing beside a doubled-apostrophe mark; a mark with space both sides; a mistyped closing mark
  ["''I would call it 'old-school,''' said Greta Lund, a former envoy.", [['direct', 'Greta Lund', "I would call it 'old-school,'"]]],
  ["'''Old-school' is the word,'' said Greta Lund.", [['direct', 'Greta Lund', "'Old-school' is the word,"]]],
  ["''He built coalitions, '' said Sam Ortiz. ''He listens to people.''", [['direct', 'Sam Ortiz', "He built coalitions, '' said Sam Ortiz. ''He listens to people."]]],
  ['“Apparently not,“ he said. “A leopard does not change its spots.”', [['direct', 'he', 'Apparently not,“ he said. “A leopard does not change its spots.']]],
  ['“The vote was ‘rigged’ from the start,” said Ana Lopez.', [['direct', 'Ana Lopez', 'The vote was ‘rigged’ from the start,']]],
  ['“Prices rose. Wages did not. People are angry,” said economist Lena Park.', [['direct', 'Lena Park', 'Prices rose. Wages did not. People are angry,']]],
  // curly single marks as the outer marks (British style); apostrophes and possessives stay text
  ['‘We are not going to pretend this is easy,’ Liisa Virtanen said.', [['direct', 'Liisa Virtanen', 'We are not going to pretend this is easy,']]],
  ["'We are not going to pretend this is easy,' Liisa Virtanen said.", [['direct', 'Liisa Virtanen', 'We are not going to pretend this is easy,']]],
  ["He saw 'Finding Neverland' on Monday and said, 'It was fine.'", [['direct', 'He', 'It was fine.']]],
  ["The workers' union, he said, would fight the plan's cuts.", [['indirect', 'he', "The workers' union, he said, would fight the plan's cuts"]]],
  ['The workers’ union said it would fight the plan’s cuts.', [['indirect', 'The workers’ union', 'it would fight the plan’s cuts']]],
  // split quotes: one quote, one speaker
  ['“Costs are rising,” Maria Costa said, “and wages are not.”', [['direct', 'Maria Costa', 'Costs are rising,” Maria Costa said, “and wages are not.']]],
  // (but not across a clause with a subject of its own after ", and", which reports nothing)
  ['“Tell her I promised you a picture,” Betsy Ebeling said, and her husband cut in. “Don’t forget her birthday.”', [['direct', 'Betsy Ebeling', 'Tell her I promised you a picture,'], ['direct', 'Betsy Ebeling', 'Don’t forget her birthday.']]],
  // a quotation going on with the clause after its first word, and a modal inside the clause before "whether"
  ['Chief Justice John Roberts said courts "must exercise their independent judgment" when deciding whether an agency has acted.', [['mixed', 'John Roberts', 'courts "must exercise their independent judgment" when deciding whether an agency has acted']]],
  ['John Roberts said courts must exercise their judgment when deciding whether an agency has acted.', [['indirect', 'John Roberts', 'courts must exercise their judgment when deciding whether an agency has acted']]],
  // "speaking on" a channel or a medium says where, not what
  ['Sunil Gavaskar, speaking on the host broadcaster, said Sharma had let the game drift.', [['indirect', 'Sunil Gavaskar', 'Sharma had let the game drift']]],
  // an opening clause of the writer's before an attribution with "that"
  ['When my company ordered everyone back to the office, the memo promised that "collaboration thrives in person."', [['mixed', 'the memo', '"collaboration thrives in person."']]],
  // (and "but" after a verb and its comma goes on with the writer's clause)
  ['Nvidia reported record revenue and forecast sales above Wall Street estimates, but its shares fell 3% in extended trading.', [['indirect', 'Nvidia', 'record revenue']]],
  // continuation: no attribution, same paragraph, same speaker
  ['“We are ready,” said Omar Haddad. “We have waited long enough.”', [['direct', 'Omar Haddad', 'We are ready,” said Omar Haddad. “We have waited long enough.']]],
  // pronouns resolved to the person, by gender where the article shows it
  ['Maria Costa spoke first. “We are ready,” she said.', [['direct', 'Maria Costa', 'We are ready,']]],
  ['John Smith met Mary Jones. “It went well,” she said.', [['direct', 'Mary Jones', 'It went well,']]],
  ['John Smith met Mary Jones. “It went well,” he said.', [['direct', 'John Smith', 'It went well,']]],
  // a name given to both sexes ("Robin", "Alex") takes the gender of the pronoun first resolved to it
  ['Robin Hale met Alex Kim on Monday. “It went well,” she said. “It did not,” he said.', [['direct', 'Robin Hale', 'It went well,'], ['direct', 'Alex Kim', 'It did not,']]],
  // a sentence that opens with the same pronoun passes it on: not the woman it names
  ['Lena Park spoke first. She thanked Mary Jones for her help. She said the plan would work.', [['indirect', 'Lena Park', 'the plan would work']]],
  // only a clause's subject learns the gender of the next sentence's "He": here Alex Kim
  ['When Robin Hale spoke, Alex Kim stood behind her. He interrupted her often. “It was rude,” she said.', [['direct', 'Robin Hale', 'It was rude,']]],
  // a quotation with no attribution, right after a sentence whose subject is a person named in full
  ['Sen. Lena Park responded first, ripping into the governor.\n\n“I have been warning about this for years.”', [['direct', 'Lena Park', 'I have been warning about this for years.']]],
  ['The council met on Monday.\n\n“I have been warning about this for years.”', [['direct', null, 'I have been warning about this for years.']]],
  // a quotation nested at the end of one: the attribution after both marks still names the speaker
  ['The event “was not as simple as, ‘He’s the ringleader,’” Sexton said.', [['direct', 'Sexton', 'was not as simple as, ‘He’s the ringleader,’']]],
  ['"He just stopped and said, \'How do we win Loudoun?’" Will Estrada, the county chairman, said of the encounter he had with Trump.', [['direct', 'Will Estrada', "He just stopped and said, 'How do we win Loudoun?’"]]],
  // a headline's quotation before a colon and the name of who said it
  ["'I never planned to be a chef': Nadia Karim on her first restaurant\n\nNadia Karim opened a restaurant in Leeds.", [['direct', 'Nadia Karim', 'I never planned to be a chef']]],
  ['“We are in shock”: Maria Costa on the flood\n\nMaria Costa lives by the river.', [['direct', 'Maria Costa', 'We are in shock']]],
  ["'We're not done yet': a conversation with Nobel laureate Amara Diallo\n\nAmara Diallo won the prize last month.", [['direct', 'Amara Diallo', "We're not done yet"]]],
  // a headline "Name: …" quotes that person when the article names them; "From X:" quotes X
  ['Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President Of The United States.’\n\nBen Carson spoke on Sunday.', [['direct', 'Ben Carson', 'Not Fit To Serve As President Of The United States.']]],
  ['Breaking News: Officials ‘Are Reviewing It Now, And Will Report Back Later.’\n\nThe council met on Sunday.', [['direct', null, 'Are Reviewing It Now, And Will Report Back Later.']]],
  ['Not all panels are equal. From the report: “Samples with more weighting produced more accurate results.”', [['direct', 'the report', 'Samples with more weighting produced more accurate results.']]],
  ['“This is fantastic!” beamed Donald Hartley of Madison, Alabama.', [['direct', 'Donald Hartley', 'This is fantastic!']]],
  ['Because of how the schedule works, explained Simon Rosenberg, “with this thing over by March, it is done.”', [['direct', 'Simon Rosenberg', 'with this thing over by March, it is done.']]],
  ['"Let me thank the volunteers who worked so hard" for the victory, Sanders said.', [['direct', 'Sanders', 'Let me thank the volunteers who worked so hard']]],
  ['Bidding was to begin on what Zimmerman described as a "piece of history."', [['direct', 'Zimmerman', 'piece of history.']]],
  ['In one song, Billy Joel sings, "Don\'t go changing to try and please me."', [['direct', 'Billy Joel', "Don't go changing to try and please me."]]],
  // a quotation after a mixed one in its paragraph, with no direct one before it, goes on with its speaker
  ['Obama "felt a moral obligation to act on" climate change, Axelrod said. "This is not a cosmetic item on his list."', [['mixed', 'Axelrod', 'Obama "felt a moral obligation to act on" climate change'], ['direct', 'Axelrod', 'This is not a cosmetic item on his list.']]],
  // "And then" opens the clause of the participle's subject
  ['And then Trump went fully on the attack, saying, "Is the president going to finally say it?"', [['direct', 'Trump', 'Is the president going to finally say it?']]],
  // a newsletter's "<what> - <who>: “…”"; a phrasal verb before a colon; "Will" before a past tense
  ['There was a lot shifting in Iowa. Pollsters agree - Carl Bialik: "One of the biggest lessons was a simple one."', [['direct', 'Carl Bialik', 'One of the biggest lessons was a simple one.']]],
  ['When Trump suggested that Cuba would sue, Rubio fired back: "If they sue us in Miami, they are going to lose."', [['indirect', 'Trump', 'Cuba would sue'], ['direct', 'Rubio', 'If they sue us in Miami, they are going to lose.']]],
  ['Citing the attack, George Will urged voters to think again. Later, Will wrote that the party must choose.', [['indirect', 'George Will', 'voters to think again'], ['indirect', 'George Will', 'the party must choose']]],
  ['The timing does not surprise Republican pollster Daron Shaw: "Lesser-known candidates have seen a bump."', [['direct', 'Daron Shaw', 'Lesser-known candidates have seen a bump.']]],
  // a quotation inside an opening participle's phrase is the main clause's subject's
  ['Calling her challenger, Ana Lopez, "exactly the kind of partner I need in the Senate," Maria Costa upbraided her rival.', [['direct', 'Maria Costa', 'exactly the kind of partner I need in the Senate,'], ['indirect', 'Maria Costa', 'her rival']]],
  // "in light of": a preposition, not the speaker's head
  ['The gap is close, in light of a U.N. Environment Program report released Thursday suggesting that emissions must peak soon.', [['indirect', 'a U.N. Environment Program report', 'emissions must peak soon']]],
  // a name set off by commas after a description, and a description before a name after the quotation
  ['The head of the Super PAC backing Jeb Bush for president, Mike Murphy, praised the donor.', [['indirect', 'Mike Murphy', 'the donor']]],
  ['As Andrew J. Tabler, an expert on Syria at the Washington Institute, noted, "Everyone is waiting."', [['direct', 'Andrew J. Tabler', 'Everyone is waiting.']]],
  ['"We found zero relationship," the firm\'s hiring chief, Laszlo Bock, told The New York Times in 2013.', [['direct', 'Laszlo Bock', 'We found zero relationship,']]],
  // a signature line without a dash: a name and an affiliation in capitals
  ['"I worry that we may see a return of balanced budgets."\n\nDean Baker, Center for Economic and Policy Research', [['direct', 'Dean Baker', 'I worry that we may see a return of balanced budgets.']]],
  // a participle of criticism reports after a comma, not right after a noun
  ['Clinton spoke on Monday, denouncing the plan as reckless.', [['indirect', 'Clinton', 'the plan as reckless']]],
  ['The stereotype of the gruff bigot denouncing communists ignored much labor history.', []],
  // a fragment no verb frames, right after a direct quote in its paragraph, goes on with its speaker
  ['"We thought only Trump was insensitive," said Aida, who lives in Tokyo. Biden "kind of missed the point of the law."', [['direct', 'Aida', 'We thought only Trump was insensitive,'], ['mixed', 'Aida', 'kind of missed the point of the law.']]],
  // "Early …," and "Late …," open the sentence; they are no subject
  ['Early in his campaign, Trump attacked Romney, calling him “a failed candidate.”', [['mixed', 'Trump', 'him “a failed candidate.”']]],
  // an inverted attribution after an opening phrase, up to the colon
  ['In other words, explained CBS moderator Nancy Cordes: "What does that have to do with donations?"', [['direct', 'Nancy Cordes', 'What does that have to do with donations?']]],
  // a long description with an abbreviation, and a relative clause, set off by commas
  ["''There are always stories,'' Steve Rosenthal, a former political director of the A.F.L.-C.I.O. and organizer, wrote in an email.", [['direct', 'Steve Rosenthal', 'There are always stories,']]],
  ['Recalling that moment, David Axelrod, who was chief strategist for the campaign, said of Sanders: "Will he do the same?"', [['direct', 'David Axelrod', 'Will he do the same?']]],
  // "Will" and "May" before a surname are given names, not verbs
  ['"We will win," Will Estrada said.', [['direct', 'Will Estrada', 'We will win,']]],
  ['"It is a great day," said May Mobley, a teacher.', [['direct', 'May Mobley', 'It is a great day,']]],
  // descriptions resolved through the role
  // (and the place the article names the person "of")
  ['Senator Debra Hollis of Kansas spoke first. Senator Mark Ridley of Nebraska agreed. “We were never consulted,” the Nebraska senator said.', [['direct', 'Mark Ridley', 'We were never consulted,']]],
  ['Mayor Maria Costa opened the bridge. “It is a great day,” the mayor said.', [['direct', 'Maria Costa', 'It is a great day,']]],
  ['Sen. Rebecca Ortiz opened the debate. The senator added that the measure had support.', [['indirect', 'Rebecca Ortiz', 'the measure had support']]],
  // (an occupation is a role as well)
  ['Emily Tran, a nurse, bikes to work. “I want to get there in one piece,” the nurse said.', [['direct', 'Emily Tran', 'I want to get there in one piece,']]],
  ['A man has been charged with arson after a fire destroyed a warehouse on Sunday, police said.', [['indirect', 'police', 'A man has been charged with arson after a fire destroyed a warehouse on Sunday']]],
  ['Lloyd Grove, the Daily Beast editor, wrote the profile. The Daily Beast editor said the piece was fair.', [['indirect', 'Lloyd Grove', 'the piece was fair']]],
  // organizations and unnamed sources as written
  ['The Ministry of Health said the outbreak was under control.', [['indirect', 'The Ministry of Health', 'the outbreak was under control']]],
  ['Procter & Gamble said sales would rise.', [['indirect', 'Procter & Gamble', 'sales would rise']]],
  ['Analysts say the market will recover next year.', [['indirect', 'Analysts', 'the market will recover next year']]],
  ['A ministry spokesperson said talks would resume on Monday.', [['indirect', 'A ministry spokesperson', 'talks would resume on Monday']]],
  ['Officials said the two countries will continue talks.', [['indirect', 'Officials', 'the two countries will continue talks']]],
  // reported speech forms
  ['Maria Costa said that the bridge would open in May.', [['indirect', 'Maria Costa', 'the bridge would open in May']]],
  ['Maria Costa told reporters that the bridge would open in May.', [['indirect', 'Maria Costa', 'the bridge would open in May']]],
  ['Maria Costa told reporters the bridge would open in May.', [['indirect', 'Maria Costa', 'the bridge would open in May']]],
  ['Maria Costa warned that costs could double.', [['indirect', 'Maria Costa', 'costs could double']]],
  ['Maria Costa argued that the plan was too expensive.', [['indirect', 'Maria Costa', 'the plan was too expensive']]],
  ['Maria Costa insisted that nothing had changed.', [['indirect', 'Maria Costa', 'nothing had changed']]],
  ['Maria Costa noted that turnout was low.', [['indirect', 'Maria Costa', 'turnout was low']]],
  ['Maria Costa announced that she would resign.', [['indirect', 'Maria Costa', 'she would resign']]],
  ['Maria Costa added that the city had no money.', [['indirect', 'Maria Costa', 'the city had no money']]],
  ['According to Maria Costa, the bridge will open in May.', [['indirect', 'Maria Costa', 'the bridge will open in May']]],
  ['According to Maria Costa, the mayor of Porto, the bridge will open in May.', [['indirect', 'Maria Costa', 'the bridge will open in May']]],
  // "As X reported on Saturday, …" and "As reported by X, …"
  ['As The Times reported on Saturday, he has already emerged as an adviser.', [['indirect', 'The Times', 'he has already emerged as an adviser']]],
  ['As reported by Western Journalism, the New York Times broke the story in March.', [['indirect', 'Western Journalism', 'the New York Times broke the story in March']]],
  // "according to X" inside what was said: the whole of it, not the part before
  ['Over the long term, according to the budget office, the rise in deficits will be large.', [['indirect', 'the budget office', 'Over the long term, according to the budget office, the rise in deficits will be large']]],
  // (not across the source's apposition or relative clause)
  ['Officers found two wounded men, according to Sgt. Marcus Webb, a police spokesman.', [['indirect', 'Marcus Webb', 'Officers found two wounded men']]],
  // (a clause after the source is what was said, commas and all)
  ['According to the statistics office, the state borrowed £20.2bn in October, the second-highest figure on record.', [['indirect', 'the statistics office', 'the state borrowed £20.2bn in October, the second-highest figure on record']]],
  ['Economist Lena Park of Seoul University warned that prices could rise.', [['indirect', 'Lena Park', 'prices could rise']]],
  ['Mayor Maria Costa spoke. Senator Omar Haddad listened. The senator said the plan was flawed.', [['indirect', 'Omar Haddad', 'the plan was flawed']]],
  ['The bridge will open in May, Maria Costa said.', [['indirect', 'Maria Costa', 'The bridge will open in May']]],
  ['The bridge will open in May, said Maria Costa.', [['indirect', 'Maria Costa', 'The bridge will open in May']]],
  ['Maria Costa said on Sunday that the bridge would open in May.', [['indirect', 'Maria Costa', 'the bridge would open in May']]],
  ['Maria Costa, the mayor of Porto, said the bridge would open in May.', [['indirect', 'Maria Costa', 'the bridge would open in May']]],
  ['His daughter, Emma Hastings, said she is leaving for Boston.', [['indirect', 'Emma Hastings', 'she is leaving for Boston']]],
  ['The bridge, Maria Costa said, will open in May.', [['indirect', 'Maria Costa', 'The bridge, Maria Costa said, will open in May']]],
  ['Maria Costa vowed to rebuild the bridge.', [['indirect', 'Maria Costa', 'to rebuild the bridge']]],
  ['Maria Costa urged residents to stay home.', [['indirect', 'Maria Costa', 'residents to stay home']]],
  ['Farmers who said they had lost everything marched on Monday.', [['indirect', 'Farmers', 'they had lost everything marched on Monday']]],
  ['When the rain stops, Maria Costa said, work will resume.', [['indirect', 'Maria Costa', 'When the rain stops, Maria Costa said, work will resume']]],
  ['Omar Haddad said he had read the report and thought about it for weeks.', [['indirect', 'Omar Haddad', 'he had read the report and thought about it for weeks']]],
  // partial quotes inside reported speech are mixed
  ['Maria Costa called the plan “reckless and unfair.”', [['mixed', 'Maria Costa', 'the plan “reckless and unfair.”']]],
  ['Maria Costa said the plan was “reckless” and unfair.', [['mixed', 'Maria Costa', 'the plan was “reckless” and unfair']]],
  // scare quotes and titles with no speaker are not quotes
  ['The so-called “reform” passed on Tuesday.', []],
  ['She watched “Casablanca” again.', []],
  // unbalanced marks never swallow the rest
  ['He said “this is wrong.\nThe next paragraph is plain text. It has no quotes.', [['mixed', 'He', '“this is wrong']]],
  // a quote running over paragraphs: the next paragraph opens with a mark
  ['“The first part goes on.\n“And the second part ends here,” said Maria Costa.', [['direct', 'Maria Costa', 'The first part goes on.\n“And the second part ends here,']]],
  // nothing said
  ['The bridge opened on Monday. Traffic was light.', []],
  // a participle takes the clause's subject, never one after it ("…, saying she" is no "…, said she")
  ['Meanwhile, the council attacked Costa, saying she "has failed the city."', [['mixed', 'the council', 'she "has failed the city."']]],
  ['But the ministry issued a statement saying that prices would fall.', [['indirect', 'the ministry', 'prices would fall']]],
  // a long apposition between the quote and the verb
  ['“Costs are rising,” Lena Park, an economist at the central bank in Porto, told reporters.', [['direct', 'Lena Park', 'Costs are rising,']]],
  // a nested quote closed, then a space before the outer closing mark
  ['"I hate the word \'outreach,\' " Lena Park said.', [['direct', 'Lena Park', "I hate the word 'outreach,'"]]],
  // "according to" after a quote: direct when the quote opens the sentence, else mixed
  ['“Prices will rise this year,” according to the report.', [['direct', 'the report', 'Prices will rise this year,']]],
  ['Prices rose “faster than anyone expected,” according to the report.', [['mixed', 'the report', 'Prices rose “faster than anyone expected,”']]],
  // a subject pronoun before "whether": the clause starts at the pronoun
  ['Omar Haddad says he asked staff to check whether the files were safe.', [['indirect', 'Omar Haddad', 'he asked staff to check whether the files were safe']]],
  // a long subject with appositions; a long phrase after "said" is what was said, not an inverted subject
  ['Lena Park, 59, of Porto, who watched the ceremony on a screen, said the event brought back memories of her father.', [['indirect', 'Lena Park', 'the event brought back memories of her father']]],
  ['Prices will rise, said a spokesman for the company.', [['indirect', 'a spokesman for the company', 'Prices will rise']]],
  // "there" after the verb: the clause starts there, not at a later "that"
  ['Advocates say there are reasons that harassment can flourish.', [['indirect', 'Advocates', 'there are reasons that harassment can flourish']]],
  // a time word after the verb is no part of what was said, unless it owns the next word
  ['Lars Holm said earlier studies had shown that bees could count.', [['indirect', 'Lars Holm', 'earlier studies had shown that bees could count']]],
  ['Omar Haddad said Monday the bridge would reopen.', [['indirect', 'Omar Haddad', 'the bridge would reopen']]],
  ['Omar Haddad said Sunday night’s storm was the worst in years.', [['indirect', 'Omar Haddad', 'Sunday night’s storm was the worst in years']]],
  // a number heads a subject; "but" and a new speech verb end the clause
  ['However, 63 percent said the plan was fair.', [['indirect', '63 percent', 'the plan was fair']]],
  ['His aides say it is too early to decide but noted that polls look good.', [['indirect', 'His aides', 'it is too early to decide'], ['indirect', 'His aides', 'polls look good']]],
  // subjects that run on: two groups before an adverb set off by commas; adjectives after a word
  // that counts; a base form after an article and an adjective is the noun
  ['Flood engineers and city officials, however, said the levee would hold.', [['indirect', 'Flood engineers and city officials', 'the levee would hold']]],
  ['Harbour residents, in a statement, said the plan was unfair.', [['indirect', 'Harbour residents', 'the plan was unfair']]],
  ['Several leading opposition lawmakers, including Ana Ruiz, criticized the deal.', [['indirect', 'Several leading opposition lawmakers', 'the deal']]],
  ['An early tweet quoted the mayor as saying “We will rebuild.”', [['direct', 'An early tweet', 'We will rebuild.']]],
  // an adjective in -ed or -ly after an article or "one"; a time phrase that opens with "late" is no part of the subject
  ['One unaligned Republican strategist said the bill would pass.', [['indirect', 'One unaligned Republican strategist', 'the bill would pass']]],
  ['“It will pass,” said one unnamed official.', [['direct', 'one unnamed official', 'It will pass,']]],
  ['Surveys of likely voters late last month found that one-third were undecided.', [['indirect', 'Surveys of likely voters', 'one-third were undecided']]],
  // a count added is no speech: "with 156,000 jobs added in September"
  ['Hiring slowed, with 156,000 jobs added in September and the unemployment rate at 5 percent.', []],
  // a plural noun that is also a speech verb, after an adjective or "of", is that noun: no speaker, no speech
  ['The mayor has endured relentless questions about whether she will resign.', []],
  ['Gone was the wave of attacks about his business record.', []],
  // an adverb between a subject and its verb: "soon", "nevertheless"
  ['Fact-checkers soon noted that the figure was wrong.', [['indirect', 'Fact-checkers', 'the figure was wrong']]],
  ['Carla Mendes has nevertheless called the vote a mistake.', [['indirect', 'Carla Mendes', 'the vote a mistake']]],
  // a pronoun's contraction speaks as the pronoun; a day or a verb after "he" is no speaker
  ['Q: Why now? A: I’ve been saying for years that the tax is wrong.', [['indirect', 'I', 'the tax is wrong']]],
  ['Wednesday added one more twist to the race.', []],
  // one points out, to or up something; "the westernmost point of" is a place
  ['The family kept the light burning on the westernmost point of mainland Britain.', []],
  ['She pointed out that taxes were too high.', [['indirect', 'She', 'that taxes were too high']]],
  // speaking on condition of anonymity is no speech, and the participle's phrase is no part of the speaker's name
  ['A state official, speaking on condition of anonymity, said the money would come late.', [['indirect', 'A state official', 'the money would come late']]],
  // a name in capitals that ends in a time word keeps it; "Here" opening a sentence is no speaker
  ['USA TODAY reported last month that the group had funded trips.', [['indirect', 'USA TODAY', 'the group had funded trips']]],
  ['Here in Columbia, Omar Haddad stepped up his attacks, saying, “We have got to act.”', [['direct', 'Omar Haddad', 'We have got to act.']]],
  // a participle after an inverted name, its party tag and a time is that name's
  ['“It’s not new in Virginia,” said Rep. Bobby Scott (D-Va.) at the time, adding that “we’ve been electing them for a long time.”', [['direct', 'Bobby Scott', 'It’s not new in Virginia,'], ['mixed', 'Bobby Scott', 'we’ve been electing them for a long time.']]],
  // threatening someone with something is no speech; threatening to act is
  ['Three men threatened staff with a handgun.', []],
  // a product recall is no memory told
  ['Voltra Motors is recalling about 80,000 vehicles because a fault can delay braking, the company said.', [['indirect', 'the company', 'Voltra Motors is recalling about 80,000 vehicles because a fault can delay braking']]],
  ['Omar Haddad has threatened not to show up unless he is paid.', [['indirect', 'Omar Haddad', 'not to show up unless he is paid']]],
  // a speaker cut at a nickname inside the name is the person so named
  ['Patrick "Paddy" Doyle Jr., who runs a stall, said he saw the men run.', [['indirect', 'Patrick "Paddy" Doyle Jr.', 'he saw the men run']]],
  // a participle after a channel is the clause subject's
  ['On the same day, Omar Haddad was on CNN talking about what he does next.', [['indirect', 'Omar Haddad', 'what he does next']]],
  // a state of two words after a city closes an opening phrase
  ['Speaking at a town hall in Salem, New Hampshire, Omar Haddad went after Bush, calling him “a total stiff.”', [['mixed', 'Omar Haddad', 'him “a total stiff.”']]],
  // a description before a long apposition of a name and its institution is that person
  ['Her co-author, Prof. Martin Oduya of Makerere University in Uganda, said the finding fits earlier work on ants.', [['indirect', 'Martin Oduya', 'the finding fits earlier work on ants']]],
  ['A company he owns has charged the campaign for flights, records show.', [['indirect', 'records', 'A company he owns has charged the campaign for flights']]],
  // what someone faces is a noun: "Both candidates face questions about their health"
  ['Both candidates face questions about their health.', []],
  // a plural after "the current", "the latest" is a noun, no speech verb
  ['The current pledges countries have made would still allow the world to warm by 3 degrees.', []],
  // a verb's particle and object are no speaker
  ['The daughter of the victim sent out a series of scathing tweets Thursday targeted at the mayor after the paper released an email.', []],
  // a verb in the present or the past ends a subject; a day may stand between a statement and its participle
  ['Some of his supporters remain reluctant, citing trust as a factor.', [['indirect', 'Some of his supporters', 'trust as a factor']]],
  ['The Ruiz campaign sent a fundraising email Wednesday saying that the results show a two-way race.', [['indirect', 'The Ruiz campaign', 'the results show a two-way race']]],
  // a speaker's phrase cut before a title in quotation marks does not end in "of the"
  ['“We have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving the example of the last nominee.', [['direct', 'the authors', 'We have to engage them,']]],
  // an interjection opening the sentence is no subject; a plural after a nationality is a noun
  ['Well, if you read between the lines, Ruiz was not so much saying that easy money would fail.', [['indirect', 'Ruiz', 'easy money would fail']]],
  ['Officials tried to ease Russian fears about the deal.', []],
  ['Ruiz reassured voters that the plan was safe.', [['indirect', 'Ruiz', 'the plan was safe']]],
  // an attribution after the rest of the sentence, a relative clause and an adjunct
  ['"We will search them for records" that would respond to requests from the group, senior counsel Caroline Wolverton wrote in a court filing.', [['direct', 'Caroline Wolverton', 'We will search them for records']]],
  // British style: a short phrase in straight single marks inside reported speech makes it mixed; apostrophes do not
  ["Labour MP Diane Abbott told the BBC the figures were 'deeply worrying'.", [['mixed', 'Diane Abbott', "the figures were 'deeply worrying'"]]],
  ["The players' union said the fans' group was wrong.", [['indirect', "The players' union", "the fans' group was wrong"]]],
  // a noun in -ly, -ing between a name and a name is a descriptor, not a verb
  ['“He is a friend of mine,” said Ruiz ally Tomas Berg.', [['direct', 'Tomas Berg', 'He is a friend of mine,']]],
  // a noun phrase right after "said" is the clause's subject; its "that" is a relative pronoun
  ['Lena Park said the demands that come with the job erase old barriers.', [['indirect', 'Lena Park', 'the demands that come with the job erase old barriers']]],
  ['Lena Park said the next day that the barriers were gone.', [['indirect', 'Lena Park', 'the barriers were gone']]],
  // the object of "asked"/"told" comes first, whatever word opens it; "though she noted" starts a new clause
  ['Officials asked its members if the rules were clear.', [['indirect', 'Officials', 'if the rules were clear']]],
  ['The mayor asked voters to approve the budget.', [['indirect', 'The mayor', 'voters to approve the budget']]],
  // (a sentence quoted after a comma, with no speech verb, is the sentence's subject's; not when a
  // quote before it in the paragraph may go on)
  ['Lena Park was greeting voters. Park jokes, “It is a never ending line!”', [['direct', 'Lena Park', 'It is a never ending line!']]],
  // (a quantifier after an auxiliary floats off the subject; "this past week" is a time; a plural after a possessive and an -ing word is a noun; "questioned" after a quote)
  ['Lena Park and Omar Haddad have both argued that workers have lost jobs.', [['indirect', 'Lena Park and Omar Haddad', 'workers have lost jobs']]],
  ['Omar Haddad, the party chairman, this past week announced the creation of a website.', [['indirect', 'Omar Haddad', 'the creation of a website']]],
  ['Moments earlier, in his opening remarks, Omar Haddad said he was suited for the job.', [['indirect', 'Omar Haddad', 'he was suited for the job']]],
  ['“What made him change so fundamentally?” Omar Haddad questioned.', [['direct', 'Omar Haddad', 'What made him change so fundamentally?']]],
  // (an inverted attribution set off inside what was said, which goes on with its verb; not before an apposition)
  ['The plan, said Ana Costa, would fail within a year.', [['indirect', 'Ana Costa', 'The plan, said Ana Costa, would fail within a year']]],
  ['The race will be tight, said Omar Haddad, director of a polling firm in Leeds.', [['indirect', 'Omar Haddad', 'The race will be tight']]],
  // (names listed before the last two join them, and the speaker names them as a list)
  ['Lena Park, Ana Costa and Omar Haddad have all attacked the program as a failure.', [['indirect', 'Lena Park, Ana Costa and Omar Haddad', 'the program as a failure']]],
  // (a description with a name set off after it is that person, for a second verb too)
  ['The agency’s chair, Ana Costa, declined to comment but said in a statement that “no company is above the law.”', [['indirect', 'Ana Costa', 'to comment'], ['mixed', 'Ana Costa', 'no company is above the law.']]],
  // (a sentence adverb between the subject and its verb is no part of the subject)
  ['Omar Haddad however said he would welcome the move.', [['indirect', 'Omar Haddad', 'he would welcome the move']]],
  // (one writes for a paper or a reader as one works for them: no speech)
  ['Lena Park writes for The Guardian and teaches in Leeds.', []],
  // (a clause "and" joins on after a quotation, with a subject and a verb of its own, is no attribution)
  ['Lena Park used to say, “Every pot has a story,” and I wanted to write it down.', [['direct', 'Lena Park', 'Every pot has a story,']]],
  // (a question word opens what was asked or told, after the object: not the clause after the comma)
  ['When Lena Park asked her sister what would help, the answer came at once.', [['indirect', 'Lena Park', 'what would help']]],
  ['Omar Haddad told reporters how he had escaped.', [['indirect', 'Omar Haddad', 'how he had escaped']]],
  ['Lena Park said prices rose, though she noted wages rose too.', [['indirect', 'Lena Park', 'prices rose'], ['indirect', 'Lena Park', 'wages rose too']]],
  // a noun after a possessive is no speech act; in a passive the subject is not the speaker
  ['Editor’s note: the mayor regularly lies.', []],
  ['Omar Haddad was accused of taking bribes.', [['indirect', null, 'taking bribes']]],
  // a title after a word is no quote: on "Face the Nation," / CNN's "State of the Union."
  ['On "Face the Nation," Omar Haddad said the plan was fair.', [['indirect', 'Omar Haddad', 'the plan was fair']]],
  // … nor one set off after a work's noun
  ['Her third novel, “The Lagoon Hours,” arrives next week.', []],
  ['“We Will Win,” Maria Costa said.', [['direct', 'Maria Costa', 'We Will Win,']]],
  // no speech act: "called into", "wrote back", "reports for", "declined" without "to", "denounced by"
  ['Maria Costa called into a radio show when she was sick.', []],
  ['Omar Haddad reports for the Daily News.', []],
  ['Approval has declined slightly from 58 percent.', []],
  ['Okafor opened the scoring and added a second from the penalty spot.', []],
  ['Colleagues remembered her as demanding and generous.', []],
  ['Amira Haddad spoke last. "The numbers don\'t add up," she told the meeting, to loud applause.', [['direct', 'Amira Haddad', "The numbers don't add up,"]]],
  // "note" after a singular noun is the noun ("the 10-year note rose"); after a plural, the verb
  ['The yield on the 10-year note rose to 4.71% after the report. Experts note that the rise was steep.', [['indirect', 'Experts', 'the rise was steep']]],
  // after a quotation, what follows the audience is the writer's; a participle still reports more
  ['Gideon Marsh came to dinner. “Everything has a price,” he tells the matriarch, Ana Paz, over a meal she did not want to host.', [['direct', 'Gideon Marsh', 'Everything has a price,']]],
  ['Maisie Lund came home. “Mom, you don’t get to stop,” Maisie told her, according to Harkavy.', [['direct', 'Maisie Lund', 'Mom, you don’t get to stop,']]],
  ['Gideon Marsh came to dinner. “Everything has a price,” he told the family, saying the land would sell.', [['direct', 'Gideon Marsh', 'Everything has a price,'], ['indirect', 'Gideon Marsh', 'the land would sell']]],
  // a dateline with a state's abbreviation is no part of what was said; an opening place phrase is no speaker
  ['SPRINGFIELD, Ill. — Two people were injured in a shooting early Sunday, police said.', [['indirect', 'police', 'Two people were injured in a shooting early Sunday']]],
  ["Outside the courthouse, Okoro's mother, Grace Okoro, said her son was innocent.", [['indirect', 'Grace Okoro', 'her son was innocent']]],
  // opening phrases that are no speaker: a past participle's, a day's, a place's with its state
  ['Reached by phone, Bennett denied the report, explaining that he was unaware of the interview.', [['indirect', 'Bennett', 'the report'], ['indirect', 'Bennett', 'he was unaware of the interview']]],
  ['Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.', [['indirect', 'Texas', 'a federal judge to block the rules']]],
  ['In U.S. District Court in Alexandria, Va., Lazar, in a green jumpsuit, said he was guilty.', [['indirect', 'Lazar', 'he was guilty']]],
  ['At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton spoke, saying that the country should lead.', [['indirect', 'Clinton', 'the country should lead']]],
  // an interview's "A:" labels a turn, and names no speaker
  ['Q: Would you serve again?\n\nA: "I have no plans to. I am enjoying teaching."', [['direct', null, 'I have no plans to. I am enjoying teaching.']]],
  // a post reports what was said only with "that" (or beside a quotation)
  ['Ocasio-Cortez posted on X that the nominees were unqualified.', [['indirect', 'Ocasio-Cortez', 'the nominees were unqualified']]],
  ['She posted a video of the rally.', []],
  // "with" and a noun phrase set off before a participle: the phrase is who speaks
  ['The jury heard closing arguments, with prosecutors calling him "the architect of a scheme that stole from thousands."', [['mixed', 'prosecutors', 'him "the architect of a scheme that stole from thousands."']]],
  // a relative clause after an organization is no part of its name
  ['Sanofi, which makes the drug, said it had no plans to seek approval.', [['indirect', 'Sanofi', 'it had no plans to seek approval']]],
  // a place after the audience belongs to the audience, not to what was told
  ['"There is no other way," Han told reporters at the National Assembly.', [['direct', 'Han', 'There is no other way,']]],
  ['Han told reporters at the National Assembly the vote would pass.', [['indirect', 'Han', 'the vote would pass']]],
  // an inverted description, then the name set off after it
  ['"We have heard the concerns," said the company\'s operations director, Neil Fraser.', [['direct', 'Neil Fraser', 'We have heard the concerns,']]],
  // an opening phrase with no verb is no part of what was said
  ['After the debate, Harper told reporters she was confident.', [['indirect', 'Harper', 'she was confident']]],
  // a short sentence after the attribution goes on with the quotation
  ['Denise Harper spoke first. "He has not written a single housing bill," she said. "Not one."', [['direct', 'Denise Harper', 'He has not written a single housing bill," she said. "Not one.']]],
  ['The Post quoted an official as saying that the plan had failed.', [['indirect', 'The Post', 'the plan had failed']]],
  ['Valley coach Sinead Walsh praised the side.\n\nValley: Reyes; Okafor, Lindgren, Sato, Mbeki; Halloran, Diaz.', [['indirect', 'Sinead Walsh', 'the side']]],
  ['The company cut its profit forecast for the second time. Analysts forecast that sales would fall.', [['indirect', 'Analysts', 'sales would fall']]],
  ['The mayor declined to comment on the plan.', [['indirect', 'The mayor', 'to comment on the plan']]],
  // a short phrase after the verb, then the clause: "said in an interview the plan …"
  ['Maria Costa said in an interview the plan was fair.', [['indirect', 'Maria Costa', 'the plan was fair']]],
  // a possessive takes its noun, and the apposition names the speaker
  ['Taremi’s agent, Ricardo Ferreira, told reporters that no offers had been received.', [['indirect', 'Ricardo Ferreira', 'no offers had been received']]],
  // "the minister" resolves to the person given that role, here by a possessive apposition
  ["Finland's economy minister, Riikka Koskinen, said jobs would return. The minister added that talks went well.", [['indirect', 'Riikka Koskinen', 'jobs would return'], ['indirect', 'Riikka Koskinen', 'talks went well']]],
  // a quote opening the next paragraph with no attribution continues the speaker of the last one
  ['“It is untrue,” lawyer Alan Garten said.\n“I will not discuss it.”', [['direct', 'Alan Garten', 'It is untrue,'], ['direct', 'Alan Garten', 'I will not discuss it.']]],
  ['"You would be in jail," Omar Haddad interjected.', [['direct', 'Omar Haddad', 'You would be in jail,']]],
  // "told X not to …" is what was told; a participle after a short object starts a new act
  ['Omar Haddad attacked the mayor, telling the council not to treat the city "like a bank."', [['indirect', 'Omar Haddad', 'the mayor'], ['mixed', 'Omar Haddad', 'the council not to treat the city "like a bank."']]],
  ['Lena Park assured investors that the bank was "very, very safe."', [['mixed', 'Lena Park', 'the bank was "very, very safe."']]],
  // a headline "Name: …" quotes the person; "Update:" or a dateline does not
  ['Pence: Flowers Won’t Be at Debate\n\nMike Pence spoke on Sunday.', [['indirect', 'Mike Pence', 'Flowers Won’t Be at Debate']]],
  ['Update: The story was corrected on Monday evening.', []],
  // an interview's speaker in capitals says the whole paragraph; "Q:" labels no one
  ['Ana Folau is the mayor.\n\nQ: Your opponent, Greg Hollins, said you had no plan. What is your answer?\n\nFOLAU: Every day. I walk into meetings and people wait.', [['indirect', 'Greg Hollins', 'you had no plan'], ['indirect', 'Ana Folau', 'Every day. I walk into meetings and people wait.']]],
  // "my" and "your" open a subject before its apposition
  ['My opponent, Greg Hollins, said I had no plan for housing.', [['indirect', 'Greg Hollins', 'I had no plan for housing']]],
  // "and" inside a body's name does not split it
  ['The Centers for Disease Control and Prevention said it had sent a team.', [['indirect', 'The Centers for Disease Control and Prevention', 'it had sent a team']]],
  // a participle after an attribution takes that attribution's speaker
  ['“We played well,” Ed Rendell recalled, suggesting the loss was a fluke.', [['direct', 'Ed Rendell', 'We played well,'], ['indirect', 'Ed Rendell', 'the loss was a fluke']]],
  // "adds 156,000 jobs" is no speech; a relative clause sits between the subject and the verb
  ['The economy added 156,000 jobs in September.', []],
  ['The glasses, called Lumen, will cost $799 and ship in March.', []],
  // a question put to someone, by someone unnamed or named after "by", up to the comma that closes it
  ['Asked on Fox News who leads the party, he said Ryan did.', [['indirect', null, 'who leads the party'], ['indirect', 'he', 'Ryan did']]],
  ['When asked directly by The Times if they were involved, neither company responded.', [['indirect', 'The Times', 'if they were involved']]],
  ['Sunday on CNN, when asked about Donald Trump, Barack Obama said he was hopeful.', [['indirect', null, 'about Donald Trump'], ['indirect', 'Barack Obama', 'he was hopeful']]],
  ['Asked to leave, he refused.', []],
  // another speaker's act after ", and" ends what the first said
  ['The plane was insured for $35 million, records show, and aviation experts say it is worth about $18 million.', [['indirect', 'records', 'The plane was insured for $35 million'], ['indirect', 'aviation experts', 'it is worth about $18 million']]],
  // an adverb and a time after the verb are no clause said; an adverb and a topic are
  ['Brenneman conceded shortly before midnight. He complained bitterly about the ruling.', [['indirect', 'He', 'bitterly about the ruling']]],
  // ", but that …" and ", but could not …" go on with what was said; ", but" and a new subject do not
  ['She said that the messages stopped, but that he shunned her afterward.', [['indirect', 'She', 'the messages stopped, but that he shunned her afterward']]],
  ['Callers said they had doubts about Clinton, but could not bear to insult Obama.', [['indirect', 'Callers', 'they had doubts about Clinton, but could not bear to insult Obama']]],
  // a finding's verb without "that" after a comma is no new speech act
  ['Prosecutors argued that although Lazar confessed, he showed no remorse.', [['indirect', 'Prosecutors', 'although Lazar confessed, he showed no remorse']]],
  // a conclusion reports with "that", not without it
  ['The FBI concluded this month that Clinton had been careless. The meeting concluded at 5 pm with a vote.', [['indirect', 'The FBI', 'Clinton had been careless']]],
  // a share before a base form is its subject
  ['Nearly a third say they do not know.', [['indirect', 'Nearly a third', 'they do not know']]],
  ['Smith said the plan was bad, and Jones said it was good.', [['indirect', 'Smith', 'the plan was bad'], ['indirect', 'Jones', 'it was good']]],
  // after an opening phrase and the attribution, a subordinate clause is still what was said
  ['In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch.', [['indirect', 'Ripert', 'In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch']]],
  // a participle after a post-posed attribution is the writer's, unless it speaks or opens a clause
  ['The number of cases has risen to 200, state health officials said Friday, making it the largest outbreak in decades.', [['indirect', 'state health officials', 'The number of cases has risen to 200']]],
  ['Republicans have gone missing, Donald Trump suggested Tuesday, musing why they aren’t “all over the place.”', [['mixed', 'Donald Trump', 'Republicans have gone missing, Donald Trump suggested Tuesday, musing why they aren’t “all over the place.”']]],
  ['That transition was seamless, he said, replacing Clinton would be much harder.', [['indirect', 'he', 'That transition was seamless, he said, replacing Clinton would be much harder']]],
  ['A lobbyist who spoke on the condition of anonymity said the bill was dead.', [['indirect', 'A lobbyist', 'the bill was dead']]],
  // a belief is reported with "that", or when a quotation follows it at once
  ['She believes he "surrounds himself with clever people."', [['mixed', 'She', 'he "surrounds himself with clever people."']]],
  ['She believes the plan will fail.', []],
  // after a determiner a speech word is a noun: reported only with "that", by the possessor
  ['The worry among rivals, of course, is that the deal will fail.', []],
  ['Omar Haddad repeated his claim that the vote was rigged.', [['indirect', 'Omar Haddad', 'the vote was rigged']]],
  // a time phrase between the subject and the verb is no subject
  ['Omar Haddad in the past has called the plan a disaster.', [['indirect', 'Omar Haddad', 'the plan a disaster']]],
  // a participial clause inside a split quote keeps the parts apart; "referring to X" is what was meant
  ['“She is better qualified,” Omar Haddad said, referring to Maria Costa. “She has conducted herself well.”', [['direct', 'Omar Haddad', 'She is better qualified,'], ['indirect', 'Omar Haddad', 'Maria Costa'], ['direct', 'Omar Haddad', 'She has conducted herself well.']]],
  ['“We won,” Maria Costa said, clapping, “and we will win again.”', [['direct', 'Maria Costa', 'We won,” Maria Costa said, clapping, “and we will win again.']]],
  // a second speech verb in the bridge is somebody else speaking: two quotes
  ['“New evidence is damaging,” Omar Haddad said, though officials have said the case is closed. “Remember the warrant.”', [['direct', 'Omar Haddad', 'New evidence is damaging,'], ['indirect', 'officials', 'the case is closed'], ['direct', 'Omar Haddad', 'Remember the warrant.']]],
  // a name someone uses is listed as a quote, with a speaker only when the text says whose
  ['Its fundraisers, dubbed "Hillblazers" by the campaign, raised money.', [['direct', 'the campaign', 'Hillblazers']]],
  ['The bill, known as the “Justice for Victims Act” was passed.', [['direct', null, 'Justice for Victims Act']]],
  // (the one who uses, coins or repeats a phrase says whose it is; a phrase no one uses says nothing)
  ['Omar Haddad has used the phrase “radical change” often.', [['direct', 'Omar Haddad', 'radical change']]],
  ['The phrase “radical change” appeared often.', [['direct', null, 'radical change']]],
  // a question ends its sentence at the mark: the attribution opens the next one
  ['“Does anybody know the plan?” Omar Haddad asked. “Neither do I.”', [['direct', 'Omar Haddad', 'Does anybody know the plan?'], ['direct', 'Omar Haddad', 'Neither do I.']]],
  // a contraction before the verb is no part of the subject
  ['Officials haven’t said the case is closed.', [['indirect', 'Officials', 'the case is closed']]],
  // a participle phrase opening the sentence is no subject
  // the subject before the verb, past a place, a time, a party tag or an opening phrase
  ['Protesters at the rally said the vote was rigged.', [['indirect', 'Protesters at the rally', 'the vote was rigged']]],
  ['A startup founded by two former Tesla engineers said it had built the battery.', [['indirect', 'A startup founded by two former Tesla engineers', 'it had built the battery']]],
  // a name set off after the subject speaks for a participle too
  ['The Transport Secretary, Heidi Alexander, has defended the rise, saying the money was needed.', [['indirect', 'Heidi Alexander', 'the rise'], ['indirect', 'Heidi Alexander', 'the money was needed']]],
  // a comma that closes a name after its description opens no inverted attribution ("…, wrote a letter")
  ['His daughter, Emma Hastings, wrote a letter, adding that she was sad.', [['indirect', 'Emma Hastings', 'she was sad']]],
  // "who" after a body that qualifies a person's description is that person
  ['The critics include Eric Cline, an archaeologist at George Washington University who said the data were thin.', [['indirect', 'Eric Cline', 'the data were thin']]],
  ['The plan drew fire from a professor at Yale University who said it was flawed.', [['indirect', 'a professor at Yale University', 'it was flawed']]],
  ['Maria Costa at the time said the plan would work.', [['indirect', 'Maria Costa', 'the plan would work']]],
  ['On Tuesday in Ohio, Gov. Tom Reed (R-Ohio), said the race was close.', [['indirect', 'Tom Reed', 'the race was close']]],
  ['Omar Haddad took the stage Tuesday at the hotel and called the system broken.', [['indirect', 'Omar Haddad', 'the system broken']]],
  ['The Ohio senator sought to calm the crowd, saying the party would unite.', [['indirect', 'The Ohio senator', 'the party would unite']]],
  ['His neighbour, Carla Mendes, disagreed: “A tram brings people.”', [['direct', 'Carla Mendes', 'A tram brings people.']]],
  ['17-year-old Jared Potts was blunt: “He speaks his mind.”', [['direct', 'Jared Potts', 'He speaks his mind.']]],
  ['Said Dora Pike, who grew up in the town, “We were all so proud of him.”', [['direct', 'Dora Pike', 'We were all so proud of him.']]],
  ['According to the Tribune: “The mayor has had a mixed record on taxes.”', [['direct', 'the Tribune', 'The mayor has had a mixed record on taxes.']]],
  // a participle after a quotation whose comma sits inside the marks starts a new act
  ['Omar Haddad said the system was “corrupt,” noting that it is “very strange that nobody is charged.”', [['mixed', 'Omar Haddad', 'the system was “corrupt,”'], ['mixed', 'Omar Haddad', 'it is “very strange that nobody is charged.”']]],
  ['Omar Haddad told reporters that Lena Park “had a crazy policy,” adding, “She lost the vote.”', [['mixed', 'Omar Haddad', 'Lena Park “had a crazy policy,”'], ['direct', 'Omar Haddad', 'She lost the vote.']]],
  ['Costa’s Liberal opponent, Omar Haddad, also said the plan would pass.', [['indirect', 'Omar Haddad', 'the plan would pass']]],
  // an apposition naming another person: the speaker is the one the phrase opens with
  ['Tad Devine, a senior adviser to Mr. Sanders, said the race was over.', [['indirect', 'Tad Devine', 'the race was over']]],
  ['“The plan does not hold water,” said 9/11 widow Terry Strada.', [['direct', 'Terry Strada', 'The plan does not hold water,']]],
  ['“The merger warrants scrutiny,” a spokesman for Disney said.', [['direct', 'a spokesman for Disney', 'The merger warrants scrutiny,']]],
  ['According to Rush Limbaugh, “It is all about the ratings.”', [['direct', 'Rush Limbaugh', 'It is all about the ratings.']]],
  // the longest reporting word, alone in its sentence
  ['Lena Park resigned on Monday, acknowledging that the plan had failed.', [['indirect', 'Lena Park', 'the plan had failed']]],
  ['New York (AFP) – Mayor Ana Lopez on Monday hit out at the council, accusing it of wasting money.', [['indirect', 'Ana Lopez', 'it of wasting money']]],
  ['Lena Park said the report “was not good.” Adding, “Now it is bad.”', [['mixed', 'Lena Park', 'the report “was not good.”'], ['direct', 'Lena Park', 'Now it is bad.']]],
  ['Asked whether the campaign should take responsibility for the flap to bring the questions to a halt, Mr. Curt Smith shot back: “That would be good.”', [['indirect', null, 'whether the campaign should take responsibility for the flap to bring the questions to a halt'], ['direct', 'Curt Smith', 'That would be good.']]],
  ['Having heard the evidence, Judge Anna Weiss said that the case would go to trial.', [['indirect', 'Anna Weiss', 'the case would go to trial']]],
  ['Hours later, Omar Haddad returned the compliment, saying the two were friends.', [['indirect', 'Omar Haddad', 'the two were friends']]],
  ['Accepting the prize, Lena Park thanked her cast and said the award belonged to everyone.', [['indirect', 'Lena Park', 'the award belonged to everyone']]],
  // a speaker that is no person is named by what stands before its apposition
  ['Nordtek, the Finnish chipmaker, said it would cut jobs.', [['indirect', 'Nordtek', 'it would cut jobs']]],
  // a headline in title case capitalizes its speech verbs too
  ['Omar Haddad Calls The Plan ‘A Disaster’ Over Taxes\n\nOmar Haddad spoke on Monday.', [['mixed', 'Omar Haddad', 'The Plan ‘A Disaster’ Over Taxes']]],
  ['Bridge Will Reopen In May, Maria Costa Says\n\nMaria Costa spoke on Monday.', [['indirect', 'Maria Costa', 'Bridge Will Reopen In May']]],
  // "X said she …" tells X's gender when the given name does not
  ['Jordan Lee said she would run for mayor. Casey Moore said he would not. “We will win,” she said.', [['indirect', 'Jordan Lee', 'she would run for mayor'], ['indirect', 'Casey Moore', 'he would not'], ['direct', 'Jordan Lee', 'We will win,']]],
  // in what a speaker said, a pronoun after someone else named there is that person, and does
  // not settle the gender of a speaker whose given name both sexes bear
  // after the attribution: the audience of "told", a time, a place; an article after a time opens what was said
  ['The plan will fail, Costa told reporters in Porto on Monday.', [['indirect', 'Costa', 'The plan will fail']]],
  ['Prices will rise, Omar Haddad told The Associated Press.', [['indirect', 'Omar Haddad', 'Prices will rise']]],
  ['After the vote in the city council, Costa said on Monday the plan would fail.', [['indirect', 'Costa', 'the plan would fail']]],
  // said inside an opening subordinate clause: what was said ends where the main clause begins
  ['While his aides have suggested the plan is modest, Omar Haddad is determined to finish it.', [['indirect', 'his aides', 'the plan is modest']]],
  ['Because the mayor said the budget was tight, the council cut spending.', [['indirect', 'the mayor', 'the budget was tight']]],
  ['When asked, Lena Park said the plan works, and the board agreed.', [['indirect', 'Lena Park', 'the plan works']]],
  // a possessive name only qualifies the person its phrase names: "he" is that person
  ['Rui Alves hosts the show. Alves’s longtime BBC colleague Tom Diaz faced criticism after he asked the minister about the leak.', [['indirect', 'Tom Diaz', 'the minister about the leak']]],
  // a fragment no verb frames goes on with the reported speech of the sentence before; a
  // capitalized word opening the sentence is no speaker
  ['Tighter rules make it harder to spread rumors, Lena Holm said. Good information can still drive out bad, but only when “the truth is sexier than the lie.”',
    [['indirect', 'Lena Holm', 'Tighter rules make it harder to spread rumors'], ['mixed', 'Lena Holm', 'the truth is sexier than the lie.']]],
  ['Good information can still drive out bad, but only when “the truth is sexier than the lie.”', [['mixed', null, 'the truth is sexier than the lie.']]],
  ['The timeline of events was long, and the shooting looked like “a workplace dispute that got out of hand.”', [['mixed', null, 'a workplace dispute that got out of hand.']]],
  // what the article says of a man outweighs a name list that has his given name as a woman's ("Adel")
  ['Adel Rami runs the shop. Omar Haddad prayed there. Rami said he never saw Haddad with the bomber. Rami spoke briefly. He said there was no link between the two.',
    [['indirect', 'Adel Rami', 'he never saw Haddad with the bomber'], ['indirect', 'Adel Rami', 'there was no link between the two']]],
  // (so does a name before a role: "Ortiz consultant Leo Vance" is Vance)
  ['Marco Ortiz won the primary. Ortiz consultant Leo Vance, a veteran pollster, saw it coming. “Turnout was the story,” he said.', [['direct', 'Leo Vance', 'Turnout was the story,']]],
  ['Marco Ortiz won the primary. Ortiz campaign manager Dan Pell saw it coming. “Turnout was the story,” he said.', [['direct', 'Dan Pell', 'Turnout was the story,']]],
  // a comma inside the closing marks before "while" ends the clause, and the speaker after it is the next clause's
  ['Some 41 percent of voters say the remarks are “completely unacceptable,” while 31 percent said the same of the ads.', [['mixed', 'Some 41 percent of voters', 'the remarks are “completely unacceptable,”'], ['indirect', '31 percent', 'the same of the ads']]],
  // a programme's title in quotation marks does not stop the sentence before from introducing a quotation
  ['On "Meet the Press," Senator Ana Lopes, who lost the primary, named fatigue as one of the reasons. "Young people are tired of it."', [['direct', 'Ana Lopes', 'Young people are tired of it.']]],
  ['When the diagnosis was confirmed, Lopes chose to stay at home.', []],
  // a person named in the speaker's relative clause is not the speaker
  ['The venture capitalist Nadia Karim, who backed Mr. Haddad in 2012, said on Twitter that she was supporting Mrs. Lopes.', [['indirect', 'Nadia Karim', 'she was supporting Mrs. Lopes']]],
  // two groups joined by "and" speak together
  ['Union members and their leaders predicted that the strike would last.', [['indirect', 'Union members and their leaders', 'the strike would last']]],
  // a base form after "one" is the noun, and the verb after it reports; "in a court filing" is how, not who
  ['One tweet said that the vote was a disgrace.', [['indirect', 'One tweet', 'the vote was a disgrace']]],
  ['Her lawyers in a court filing said that the suit was baseless.', [['indirect', 'Her lawyers', 'the suit was baseless']]],
  ['Those who back the mayor say the audit was unfair.', [['indirect', 'Those who back the mayor', 'the audit was unfair']]],
  // "It’s" and "There’s" open a clause and name no speaker
  ['It’s implied that the mayor will stay, all but ensuring that the critics calling for her to resign go quiet.', []],
  // names both lists hold go by their usual bearers when the article says nothing; what the article says comes first
  ['Ashley Tran met Bernie Ortiz on Monday. “It went well,” he said.', [['direct', 'Bernie Ortiz', 'It went well,']]],
  ['Lindsey Moore met Ana Ruiz. Moore said he was pleased. “It went well,” he said.', [['indirect', 'Lindsey Moore', 'he was pleased'], ['direct', 'Lindsey Moore', 'It went well,']]],
  // act verbs in the present plural after a plural subject; the same words as nouns report nothing
  ['Critics call the plan “a giveaway to the rich.”', [['mixed', 'Critics', 'the plan “a giveaway to the rich.”']]],
  ['Heaping praise on the coach, Okafor left the stadium.', []],
  // an opening clause with a speech verb of its own is no part of what the main clause reports
  ['After union leaders insisted in June that the talks had failed, the company has appeared to acknowledge that a strike is coming.', [['indirect', 'union leaders', 'the talks had failed'], ['indirect', 'the company', 'a strike is coming']]],
  // a subject qualified by a phrase of its own; a pronoun's contraction opens what was told
  ['Experts in labour law say there are particular reasons for the delay.', [['indirect', 'Experts in labour law', 'there are particular reasons for the delay']]],
  ["All of my friends in the council tell me they'd resign over the vote.", [['indirect', 'All of my friends in the council', "they'd resign over the vote"]]],
  ['Already, Costa has denounced the deal and said the plan works.', [['indirect', 'Costa', 'the deal'], ['indirect', 'Costa', 'the plan works']]],
  // an attribution after the quotation takes in the words its sentence opens with
  ['The office runs a voluntary course, but "few members ever take it," said Rosa Delgado, a deputy director.', [['mixed', 'Rosa Delgado', 'The office runs a voluntary course, but "few members ever take it,"']]],
  // an opening phrase with coordinate adjectives runs past their comma
  ['In a wide-ranging, in-prison interview last year, Lazar said he welcomed extradition and added, "I will plead guilty."', [['indirect', 'Lazar', 'he welcomed extradition'], ['direct', 'Lazar', 'I will plead guilty.']]],
  // a subject qualified by one phrase after another is all of them
  ['Some delegates at the convention in Porto said the vote was rigged.', [['indirect', 'Some delegates at the convention in Porto', 'the vote was rigged']]],
  // a date after the subject is no part of it: "in June", "released on Thursday"; a slash joins names
  ['A Bloomberg poll in June found that most voters were bothered.', [['indirect', 'A Bloomberg poll', 'most voters were bothered']]],
  ['A New York Times/CBS News survey released on Thursday found that the race was close.', [['indirect', 'A New York Times/CBS News survey', 'the race was close']]],
  // an inverted description keeps what says which one, to the end of the sentence
  ['"It is going to be close," said a longtime data expert who has worked for one of the rivals.', [['direct', 'a longtime data expert who has worked for one of the rivals', 'It is going to be close,']]],
  // a description's relative clause set off before the verb is part of its span (the name is the
  // head); a name's relative clause before ", said" is no content said
  ['The survey, which collects the views of economists, bankers and others, said most regions continued to grow.', [['indirect', 'The survey', 'most regions continued to grow']]],
  ['Maria Costa, who leads the council, said the plan works.', [['indirect', 'Maria Costa', 'the plan works']]],
  // after a verb that makes others act, a participle is theirs; after one that speaks, the speaker's
  ['The leaked tape is prompting a growing number of senators to rebuke the nominee, condemning him in harsh terms.', [['indirect', 'a growing number of senators', 'the nominee'], ['indirect', 'a growing number of senators', 'him in harsh terms']]],
  // a participle set off by commas before the finite verb ends at its closing comma
  ['The report, claiming that the mayor lied, is prompting calls for an inquiry.', [['indirect', 'The report', 'the mayor lied']]],
  ['Ana Lopes urged voters to back the plan, saying it would cut bills.', [['indirect', 'Ana Lopes', 'voters to back the plan'], ['indirect', 'Ana Lopes', 'it would cut bills']]],
  // the asker named after "by" asks; "When asked …," sets the scene and is nothing the other side said
  ['When asked directly by the Herald if they had met the buyers, neither the firm nor its lawyers responded.', [['indirect', 'the Herald', 'if they had met the buyers']]],
  // a speech verb inside a pair of dashes is an attribution of its own: each says its part
  ['Reporters learn a kind of radar - some aides said they know which senators to avoid - and build defenses, said Ana Lopes, a columnist.', [['indirect', 'some aides', 'they know which senators to avoid'], ['indirect', 'Ana Lopes', 'and build defenses']]],
  ['“We have had better conventions,” Texas delegate Tom Diaz, wearing a hat and “Ted Cruz” pins, said quietly.', [['direct', 'Tom Diaz', 'We have had better conventions,']]],
  // the one urged, asked or led "to" speak is who speaks
  ['The ruling led party chairman Neil Fraser to declare the deal dead.', [['indirect', 'Neil Fraser', 'the deal dead']]],
  ['Rosa Delgado urged voters to reject the plan.', [['indirect', 'Rosa Delgado', 'voters to reject the plan']]],
  ['Gov. Robin Hale described Senator Ana Ruiz as a “failure” after she attacked police and blamed officers for “bias” in arrests. Hale, who has backed Tom Diaz since he quit the race, repeated it. “She’s a failure,” he said.', [['mixed', 'Robin Hale', 'Senator Ana Ruiz as a “failure” after she attacked police'], ['mixed', 'Ana Ruiz', 'officers for “bias” in arrests'], ['direct', 'Robin Hale', 'She’s a failure,']]],
  // a dateline is no part of what was said
  ['PORTO — The bridge will reopen in May, the mayor said.', [['indirect', 'the mayor', 'The bridge will reopen in May']]],
  // (a wire dateline with its date and agency too)
  ['SANTIAGO, March 4 (Reuters) - Copper output fell 6% in January, the statistics agency said on Tuesday.', [['indirect', 'the statistics agency', 'Copper output fell 6% in January']]],
  ['WASHINGTON (AP) — The bridge will reopen in May, the mayor said.', [['indirect', 'the mayor', 'The bridge will reopen in May']]],
  ['DAYTON, Ohio — A man has been charged with robbery, police said.', [['indirect', 'police', 'A man has been charged with robbery']]],
  // (nor is a live blog's time stamp)
  ['8:50 p.m.: Turnout appears to be higher than in 2022, according to Secretary of State Maria Velasquez.', [['indirect', 'Maria Velasquez', 'Turnout appears to be higher than in 2022']]],
  // nor is it the subject: "SELMA, N.C.—Donald Trump … asserted that …"
  ['PORTO, Portugal — Maria Costa, despite the rain, opened the bridge and asserted that it was safe.', [['indirect', 'Maria Costa', 'it was safe']]],
  // a subject ends before the verb that takes an object: "The campaign sent (out) a …"
  ['The Costa campaign sent out a fundraising email saying that taxes are too high.', [['indirect', 'The Costa campaign', 'taxes are too high']]],
  // a speech word after a possessive and a participle is a noun: "his prepared remarks"
  ['Omar Haddad left his prepared remarks on the table.', []],
  // a word that is also a plural noun, in a phrase after a preposition, is the noun
  ['The firms, which gave short answers to detailed Herald questions, said they did nothing wrong.', [['indirect', 'The firms', 'they did nothing wrong']]],
  // a speech verb as the last word, after a short opener (found by the property test)
  ['#, Maria say', []],
  // verbs of the manner of speaking name a speaker beside a quote, and only there
  ['Asked for his pick, Omar Haddad gave one word. “Denver,” he answered.', [['direct', 'Omar Haddad', 'Denver,']]],
  ['Lena Park countered: “The figures are wrong.”', [['direct', 'Lena Park', 'The figures are wrong.']]],
  ['Lena Park answered questions about the budget for an hour.', []],
  // a quoted fragment of five words or more with no frame is mixed, said by the sentence's subject
  ['Maria Costa thanked the mayor for “taking these steps to make us all safer.”', [['mixed', 'Maria Costa', 'taking these steps to make us all safer.']]],
  // an adverb opening the sentence is no subject; a past tense without -ed ends the subject
  ['Shortly after the ruling, Senator Lena Park issued a statement saying that the Senate should wait.', [['indirect', 'Lena Park', 'the Senate should wait']]],
  ['Publicly, the party chairman dismisses the approach taken by his rivals in the state.', [['indirect', 'the party chairman', 'the approach taken by his rivals in the state']]],
  ['The mayor’s office sent out a statement saying the roads would reopen on Monday.', [['indirect', 'The mayor’s office', 'the roads would reopen on Monday']]],
  // who knows something is the speaker, not what they know ("people familiar with the matter")
  ['People familiar with the matter said the deal would close soon.', [['indirect', 'People familiar with the matter', 'the deal would close soon']]],
  ['The Tennessean first reported that Gore would skip the convention.', [['indirect', 'The Tennessean', 'Gore would skip the convention']]],
  ['Immediately after the attacks, Lena Park issued a statement, “Last night, our city was attacked.”', [['direct', 'Lena Park', 'Last night, our city was attacked.']]],
  ['This week, two liberal groups rolled out ads criticizing the senators as anti-Latino.', [['indirect', 'two liberal groups', 'the senators as anti-Latino']]],
  ['Perhaps not coincidentally, Lena Park has lately started asking her supporters to pledge loyalty.', [['indirect', 'Lena Park', 'her supporters to pledge loyalty']]],
  ['Lawmakers had guessed, but the report on Wednesday for the first time cited the country as a suspect.', [['indirect', 'the report', 'the country as a suspect']]],
  ['The company would close the plant, people familiar with the matter said.', [['indirect', 'people familiar with the matter', 'The company would close the plant']]],
  ['Lena Park spoke on Monday. People close to Park said she would run again.', [['indirect', 'People close to Park', 'she would run again']]],
  // a speech verb's noun ("a positive note", "an afternoon tweet") speaks for the clause's subject, or for no one
  ['But first, Mike Pence sounded a positive note about the nominee.', [['indirect', 'Mike Pence', 'about the nominee']]],
  ['“So many hypocrites,” Omar Haddad said in an afternoon tweet, referring to the senators who left.', [['direct', 'Omar Haddad', 'So many hypocrites,'], ['indirect', 'Omar Haddad', 'the senators who left']]],
  ['In a later tweet, Lena Park said she was postponing the news conference.', [['indirect', 'Lena Park', 'she was postponing the news conference']]],
  ['In this state, Lena Park delivered a forceful promise to raise the minimum wage.', [['indirect', 'Lena Park', 'to raise the minimum wage']]],
  ["Many leaders go beyond Omar Haddad's controversial vow to ban all visitors from the region.", []],
  ['In his public remarks, Omar Haddad has delivered an insular closing message.', []],
  // a verb joined by "and" shares the subject of the clause a subordinator opened
  ['Lena Park spoke on Monday. Mark Olsen described Park as a “disgrace” after she attacked the officers and blamed the shootings on “implicit bias” against minorities.', [['mixed', 'Mark Olsen', 'Park as a “disgrace” after she attacked the officers'], ['mixed', 'Lena Park', 'the shootings on “implicit bias” against minorities']]],
  ['“Voters do not agree with him,” Lena Park said, suggesting a few questions, including, “Do you really think that billionaires need a tax break?”', [['direct', 'Lena Park', 'Voters do not agree with him,'], ['direct', 'Lena Park', 'Do you really think that billionaires need a tax break?']]],
  // long opening phrases: "With …", "After saying …" (its comma inside a quotation), a quoted title set off
  ['With party leaders increasingly worried about a lack of passion for the candidate among young voters, Lena Park is rolling out a new message: "It is about me."', [['direct', 'Lena Park', 'It is about me.']]],
  ['Lena Park spoke. After saying her right foot was “so swollen I could barely walk,” she was rushed to a hospital.', [['mixed', 'Lena Park', 'so swollen I could barely walk,']]],
  ["In his 2002 book, ''Make Your Kid a Millionaire,'' Kevin McKinley suggested asking yourself this: would I rather help my kid go to college?", [['indirect', 'Kevin McKinley', 'this: would I rather help my kid go to college']]],
  // (after an article, an -ing word is the noun: "said the ruling")
  ['“A state cannot avoid the conclusion that its process is wrong,” said the ruling.', [['direct', 'the ruling', 'A state cannot avoid the conclusion that its process is wrong,']]],
  // (the subject of the speech verb framing the fragment, not of the sentence, nor one inside a quotation)
  ['“It is misleading,” Omar Haddad wrote after Lena Park argued for the second time that “if everyone had voted as he did, we would have failed.”', [['direct', 'Omar Haddad', 'It is misleading,'], ['mixed', 'Lena Park', 'if everyone had voted as he did, we would have failed.']]],
  // a shorter one is a scare quote: not listed
  ['The mayor painted the “crossroads of Europe” on the wall.', []],
  // a finite verb before "that" means the clause began before it: "that" is a relative pronoun there
  ['Omar Haddad said Lena Park had made the hard call that others ducked.', [['indirect', 'Omar Haddad', 'Lena Park had made the hard call that others ducked']]],
  // a wire dateline with a hyphen is no part of the subject
  ["LONDON (Reuters) - Britain's finance minister defended the rise on Tuesday, telling MPs it was the only choice.", [['indirect', "Britain's finance minister", 'the rise on Tuesday'], ['indirect', "Britain's finance minister", 'it was the only choice']]],
  // the subject of the clause a conjunction opens after a comma
  ['The chambers said the rise would cost jobs, while the Resolution Foundation, a think tank, said it was fairer.', [['indirect', 'The chambers', 'the rise would cost jobs'], ['indirect', 'the Resolution Foundation', 'it was fairer']]],
  // a summons is no speech act; a verb that takes only an infinitive reports it whole
  ['Officers were called to the shop on Park Street after reports of a raid.', []],
  ['Omar Haddad declined to name the maker that would build the chips.', [['indirect', 'Omar Haddad', 'to name the maker that would build the chips']]],
  // a description with the name in apposition is that person, a relative clause after the name too
  ["The shop's owner, Margaret Harlow, whose grandfather founded the business, said no one had been hurt.", [['indirect', 'Margaret Harlow', 'no one had been hurt']]],
  // "states" reports only before what is stated; as a plural it heads a speaker phrase
  ['The 16 states holding contests on March 1 will decide the race.', []],
  ['The law states that every child must go to school.', [['indirect', 'The law', 'every child must go to school']]],
  ['Foreign ministers from six Gulf states said the talks went well.', [['indirect', 'Foreign ministers from six Gulf states', 'the talks went well']]],
  ['The four states that voted on Tuesday backed Lena Park.', []],
  ['After the terrorist attacks in Paris, Lena Park flew home.', []],
  ['Lena Park continues to dominate the field, while her rival continued to attack the plan.', [['indirect', 'her rival', 'the plan']]],
  ['Lena Park maintained her lead. Omar Haddad maintained that the count was wrong.', [['indirect', 'Omar Haddad', 'the count was wrong']]],
  // a given name the list gives to men that is now given to girls as often says nothing of gender
  ['Taylor Swift thanked her fans. “I can’t believe this is real,” she wrote.', [['direct', 'Taylor Swift', 'I can’t believe this is real,']]],
  // a press-release dateline, and a day between the subject and its verb
  ['BOSTON, March 3, 2025 /PRNewswire/ -- Acme Robotics, a maker of forklifts, today announced that it has raised $50 million.', [['indirect', 'Acme Robotics', 'it has raised $50 million']]],
  ['The ministry on Monday said prices would rise.', [['indirect', 'The ministry', 'prices would rise']]],
  // a participle in the passive reports nothing after "by"; "responded by saying" is active
  ["The council's answer, announced by Gary Pullman on Monday, is a new car park.", []],
  ['Omar Haddad responded by saying the plan was late.', [['indirect', 'Omar Haddad', 'the plan was late']]],
  // a time phrase between the subject and its verb
  ['Omar Haddad, who backed the mayor, last week said the plan was late.', [['indirect', 'Omar Haddad', 'the plan was late']]],
  ['The ministry on Monday night said prices would rise.', [['indirect', 'The ministry', 'prices would rise']]],
  // two speakers together are both named
  ['Reps. Elijah Cummings and John Conyers said the letter was vague. “It allowed wild speculation,” Cummings and Conyers wrote.', [['indirect', 'Elijah Cummings and John Conyers', 'the letter was vague'], ['direct', 'Elijah Cummings and John Conyers', 'It allowed wild speculation,']]],
  // a year after a date opens the clause; "went on to say" is the subject's; a short
  // attribution sentence after a quote ending in a full stop
  ['On July 6, 2015, Lena Park made the following comment:\n\n“The rate is 33 percent.”', [['direct', 'Lena Park', 'The rate is 33 percent.']]],
  ['Omar Haddad was asked about it. He went on to say, “You have a right to vote.”', [['direct', 'Omar Haddad', 'You have a right to vote.']]],
  ['“We have massive crowds. They are not reporting it.” Omar Haddad said to cheers.', [['direct', 'Omar Haddad', 'We have massive crowds. They are not reporting it.']]],
  // a participle after the attribution of a quotation opening the sentence: the quoted speaker's
  ['“The internment was a dark cloud,” campaign spokesman Omar Haddad said at the time, explaining the decision.', [['direct', 'Omar Haddad', 'The internment was a dark cloud,'], ['indirect', 'Omar Haddad', 'the decision']]],
  // the participle after an inverted attribution is the named speaker's, in a quote's second sentence too
  ['“They are worried. It is in their heads,” said Ines Duarte, speaking of the budget. “It matters.”', [['direct', 'Ines Duarte', 'They are worried. It is in their heads,'], ['indirect', 'Ines Duarte', 'the budget']]],
  ['“We will see,” said Ines Duarte, a pollster, adding that voters were worried about the economy.', [['direct', 'Ines Duarte', 'We will see,'], ['indirect', 'Ines Duarte', 'voters were worried about the economy']]],
  // "said that," points back: no report; the writer's closing punctuation stays out
  ['(Having said that, there are some economists who argue that corporate taxes should be very low.)', [['indirect', 'some economists', 'corporate taxes should be very low']]],
  // a sentence opening "And she …" passes the search for "she" on, as "She …" does
  ['Maria Lopez likes neither candidate. And she does not think much of Ana Costa’s advisers.\n\n“I don’t trust them,” she says.', [['direct', 'Maria Lopez', 'I don’t trust them,']]],
  // so does a "she" before the first name a sentence gives: the name is what she did
  ['Greta Holm is a biologist. At Woods Hole she met Oluwaseun Adeyemi, whom she married in 1961.\n\nAt the time, she later recalled, many scientists dismissed the finding.', [['indirect', 'Greta Holm', 'At the time, she later recalled, many scientists dismissed the finding']]],
  // a nationality for a person refers back as a pronoun does
  ['Liverpool manager Arne Slot said his side had deserved the point. “We were the better team,” the Dutchman told reporters.', [['indirect', 'Arne Slot', 'his side had deserved the point'], ['direct', 'Arne Slot', 'We were the better team,']]],
  // a kinship word before a name tells its sex: "her son" is no "she"
  ['Greta Holm spoke last. Her son, Oluwaseun Adeyemi, had read a poem. “Hope is not a plan,” she said.', [['direct', 'Greta Holm', 'Hope is not a plan,']]],
  // past eight sentences with only a name passed over, the article's subject is the likelier "she"
  ['Greta Holm, a biologist, died on Tuesday. Holm was 91. Holm studied reefs for forty years.\n\nThe reefs were dying. Few listened at first. The data were thin. Then came 1998. The bleaching spread. Ships went out. Divers came back grim. The papers ran it.\n\nShe is survived by a sister, Britt Lind.\n\n“Hope is not a plan,” she said.', [['direct', 'Greta Holm', 'Hope is not a plan,']]],
  // "talking about" reports its topic; "peace talks on Monday" are no speech
  ['Some countries are talking about rushing through the final steps.', [['indirect', 'Some countries', 'rushing through the final steps']]],
  ['The peace talks on Monday ended without a deal.', []],
  // "…, according to X, …": the source ends at its comma
  ['Lena Park gave her blessing, according to court documents seen by the Herald, because she wanted the money.', [['indirect', 'court documents seen by the Herald', 'Lena Park gave her blessing']]],
  // "pointed to" reports what was pointed to; a short opening phrase is not what was said
  ['As proof, Lena Park pointed to attacks on her campaign funded by two billionaires.', [['indirect', 'Lena Park', 'attacks on her campaign funded by two billionaires']]],
  // "has long said"; a share as the subject; a name and its description after a long clause
  ['Omar Haddad has long said that he will support the nominee.', [['indirect', 'Omar Haddad', 'he will support the nominee']]],
  ['On economic issues, 42% say they are liberal.', [['indirect', '42%', 'they are liberal']]],
  ['Delegates left the hall in anger over the rules, and Lena Park, the state party chairwoman, said she had received threats.', [['indirect', 'Lena Park', 'she had received threats']]],
  // more verbs of speech and of acts of speech
  ['Omar Haddad exhorted the delegates to “vote your conscience” at the convention.', [['mixed', 'Omar Haddad', 'the delegates to “vote your conscience” at the convention']]],
  ['The ad invoked an infamous villain to cast the mayor as unfit.', [['indirect', 'The ad', 'an infamous villain to cast the mayor as unfit']]],
  // findings report with "that": "a study found that …", "polls show that …"
  ['A study in the Lancet found that most of the claims were unsupported.', [['indirect', 'A study in the Lancet', 'most of the claims were unsupported']]],
  ['Some new polls show that the race has tightened.', [['indirect', 'Some new polls', 'the race has tightened']]],
  ['The two taped an hourlong show that aired on Thursday.', []],
  ['Lena Park found the keys in the car.', []],
  // a plural after a preposition is the noun; particles inside an apposed name
  ['Officers arrived shortly after 2pm following reports that three men had smashed the cases.', []],
  ["Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, who hosted the meeting, said the talks had been frank.", [['indirect', 'Mohammed bin Abdulrahman Al Thani', 'the talks had been frank']]],
  // an act verb followed by the writer's clause has no object
  ['“Quiet,” Maria Costa demanded, as the mayor went on talking.', [['direct', 'Maria Costa', 'Quiet,']]],
  // said inside a relative clause: what was said ends where the main clause's verb comes back
  ['Mayor Tom Albrecht, who said the cut was needed, did not attend the meeting.', [['indirect', 'Tom Albrecht', 'the cut was needed']]],
  // a post-posed name after a description set off by commas: the description does not end what was said
  ['Debris from the drones damaged buildings in two districts, the city’s mayor, Vitali Klitschko, said on Telegram.', [['indirect', 'Vitali Klitschko', 'Debris from the drones damaged buildings in two districts']]],
  // so does one said in "what he said" inside an aside after a participle
  ['Envoy John Kerry, attending what he has said will be his last summit, met late into the night with his Chinese counterpart.', [['indirect', 'John Kerry', 'will be his last summit']]],
  // (not at a comma closing an aside inside what was said)
  ['Ms. Ruth Baker, who said Mr. Jäger, under fire for the failures, would do better to keep quiet, left.', [['indirect', 'Ruth Baker', 'Mr. Jäger, under fire for the failures, would do better to keep quiet, left']]],
  // a participle after a post-posed attribution is the writer's, not what was said
  ['A new blood test can detect cancer early, researchers reported Wednesday, raising hopes.', [['indirect', 'researchers', 'A new blood test can detect cancer early']]],
  // words someone "described as", in a relative clause on the thing: that someone's; a passive names no one
  ['He fouled out after a collision with Al Horford, a call Bucks coach Doc Rivers described as "the worst call of the season."', [['direct', 'Doc Rivers', 'the worst call of the season.']]],
  ['The suspect was described as "armed and dangerous."', [['direct', null, 'armed and dangerous.']]],
  ['He was jailed on Friday, in a case the sentencing judge described as "a profound betrayal of trust".', [['direct', 'the sentencing judge', 'a profound betrayal of trust']]],
  // an apposition opening with a description, then a relative clause: the name in it speaks
  ['Her longtime partner, the engineer Tomasz Lewandowski, who died in 2019, used to say that she argued with every drawing.', [['indirect', 'Tomasz Lewandowski', 'she argued with every drawing']]],
  // a British partial quote in straight single marks may run to a clause
  ["Pat McFadden said the Conservatives were 'still fighting among themselves instead of apologising for the mess they left'.", [['mixed', 'Pat McFadden', "the Conservatives were 'still fighting among themselves instead of apologising for the mess they left'"]]],
  // "cannot" stands between a subject and its verb; a name's possessive and a plain adjective make the plural a noun, said by the possessor
  ['Silicon Valley technophiles cannot necessarily claim that the region backs him.', [['indirect', 'Silicon Valley technophiles', 'the region backs him']]],
  ["Donald Trump spoke on Monday. Both Democrats will be targets for Trump's false claims that he is an advocate for working people.", [['indirect', 'Donald Trump', 'he is an advocate for working people']]],
  // an aside between dashes stands between the subject and its verb
  ['John Smith — who has denied wrongdoing — said the case was political.', [['indirect', 'John Smith', 'the case was political']]],
  // a thing said after "denied" is its object, not an inverted speaker; "said the report" is one
  ['The ministry, in a statement, denied the report.', [['indirect', 'The ministry', 'the report']]],
  ['The plan will fail, said the report.', [['indirect', 'the report', 'The plan will fail']]],
  // a person's message speaks for the person
  ['John Smith spoke first. John Smith’s message was simple: “Vote for change.”', [['direct', 'John Smith', 'Vote for change.']]],
  ['John Smith spoke first. John Smith’s latest campaign message was simple: “Vote for change.”', [['direct', 'John Smith', 'Vote for change.']]],
  // a quantifier after the subject is no part of it
  ['Mary Smith and John Jones both said the deal was fair.', [['indirect', 'Mary Smith and John Jones', 'the deal was fair']]],
  // hearsay in the passive before the subject's own speech verb: that verb reports, its subject speaks
  ['Smith is said to have told aides that the plan was dead.', [['indirect', 'Smith', 'the plan was dead']]],
  // how long someone spoke is not what was said (a participle after it is)
  ['Maria Costa spoke for 77 minutes, and supporters started to flag.', []],
  ['Trump spoke for about 15 minutes, echoing his Twitter account with more attacks on the party.', [['indirect', 'Trump', 'echoing his Twitter account with more attacks on the party']]],
  // a body set off before "which said": it speaks; what was said inside the clause ends there
  ['Acme Corp, which said the plan would cost more, is based in Ohio.', [['indirect', 'Acme Corp', 'the plan would cost more']]],
  ['The plan, which officials said would cost $4 million, was approved on Monday.', [['indirect', 'officials', 'would cost $4 million']]],
  // a percent sign ending what was said stays with its number
  ['The company said in a filing with regulators that revenue rose 12%.', [['indirect', 'The company', 'revenue rose 12%']]],
  // a quote trailing off in an ellipsis, the attribution after it
  ['“It’s fine…” Costa said, trailing off.', [['direct', 'Costa', 'It’s fine…']]],
  ['“It’s fine...” Costa said, trailing off.', [['direct', 'Costa', 'It’s fine...']]],
  // a speech participle after an inverted attribution and its apposition reports more, by the same speaker
  ['The agency is reviewing the case, said Ana Ruiz, a spokeswoman, adding that no decision had been made.', [['indirect', 'Ana Ruiz', 'The agency is reviewing the case'], ['indirect', 'Ana Ruiz', 'no decision had been made']]],
];

describe('quotes: kinds, texts and speakers', () => {
  it.each(TABLE)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('quotes: hostile text', () => {
  it('a long run of conjunctions before the subject neither overflows the stack nor loses the quote', () => {
    const found = quotes('But '.repeat(30000) + 'the ministry issued a statement saying that prices would rise.');
    expect(found.map((q) => [q.speaker?.name, q.text])).toEqual([['the ministry', 'prices would rise']]);
  });
});

describe('quotes: hostile text stays linear', () => {
  it('thousands of opening single marks among apostrophes pair up in linear time (no quote here)', () => {
    expect(quotes('He said ‘a don’t b '.repeat(60000))).toEqual([]);
  });

  it('forty thousand quotations each introduced by a colon paragraph stay linear', () => {
    const found = quotes('He said:\n\n“We will go on.”\n\n'.repeat(40000));
    expect(found.length).toBe(40000);
    expect(found[39999]!.text).toBe('We will go on.');
  });

  it('twenty thousand quoted fragments in one sentence find its subject once', () => {
    const found = quotes('Maria Costa painted ' + Array(20000).fill('the “one two three four five six”').join(' and ') + '.');
    expect(found.length).toBe(20000);
    expect(found[19999]!.speaker?.name).toBe('Maria Costa');
  });

  it('a speech noun after a long run of the same noun phrase does not recurse without end', () => {
    const found = quotes('He sounded ' + 'a note '.repeat(40000) + '“this is a long fragment of words here” today.');
    expect(found.map((q) => [q.kind, q.speaker?.name ?? null, q.text])).toEqual([['mixed', 'He', 'this is a long fragment of words here']]);
  });

  it('a sentence of twenty thousand participles looks for its closing quotation mark once', () => {
    // (a scan of the sentence per participle took seconds; the test's time limit is the check)
    expect(quotes('officials met, saying the plan, '.repeat(20000))).toEqual([]);
  });

  it('an opening single mark in every paragraph and one closing mark at the very end stay linear', () => {
    const found = quotes('It was ‘fine\n\n'.repeat(50000) + 'The end’ came.');
    expect(found).toEqual([]);
  });
});

describe('quotes: spans', () => {
  it('offsets slice to the text; no overlaps; speaker spans slice to the speaker text', () => {
    const text = '“Costs are rising,” Maria Costa said, “and wages are not.” Officials said talks would go on. According to analysts, prices will fall.';
    const found = quotes(text);
    expect(found.length).toBeGreaterThan(1);
    for (let i = 0; i < found.length; i++) {
      const q = found[i]!;
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      if (i > 0) expect(q.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('a description set off with its relative clause: the name is the head, the span the whole', () => {
    const text = 'The survey, which collects the views of economists, bankers and others, said most regions grew.';
    const [q] = quotes(text);
    expect(q!.speaker).toMatchObject({ name: 'The survey', text: 'The survey, which collects the views of economists, bankers and others', start: 0 });
  });
});

describe('quotes: the bundled article', () => {
  const found = quotes(ARTICLE);
  it('the one direct quote is Abbas Araghchi’s', () => {
    const direct = found.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We are working to reach a shared security cooperation agreement with Iraq.', 'Abbas Araghchi'],
    ]);
  });
  it('reported speech with its speakers', () => {
    const reported = found.filter((q) => q.kind !== 'direct').map((q) => [q.speaker?.name, q.text]);
    for (const expected of [
      ['Abbas Araghchi', 'security cooperation with Iraq is deepening after the U.S. left Ain al-Asad airbase'],
      ['Abbas Araghchi', 'this move shows growing strategic alignment between Tehran and Baghdad'],
      ['Abbas Araghchi', 'both countries are creating a framework to strengthen security cooperation'],
      ['Abbas Araghchi', 'Iran is ready to expand economic, cultural, and political ties'],
      ['Analysts', 'the U.S. presence in Iraq has long been a contentious issue'],
      ['Experts', 'formalizing joint security measures could enhance border control, counterterrorism efforts, and intelligence sharing'],
      ['both ministers', 'coordinated policies and shared security goals could stabilize regional tensions'],
      ['officials', 'the two countries will continue high-level consultations'],
    ]) expect(reported).toContainEqual(expected);
  });
  it('filters by kind and by any part of the speaker name, case- and accent-blind', () => {
    expect(filterQuotes(found, ['direct'])).toHaveLength(1);
    expect(filterQuotes(found, undefined, 'ARAGHCHI').every((q) => q.speaker?.name === 'Abbas Araghchi')).toBe(true);
    expect(filterQuotes(found, undefined, 'araghchí').length).toBeGreaterThan(3);
    expect(filterQuotes(found, ['indirect'], 'nobody')).toEqual([]);
  });
});
