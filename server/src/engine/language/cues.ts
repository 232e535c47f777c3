// The cue phrases the absence rules and the learned layer read: how the sender knows them, why they write, who they are.
import { PhraseMatcher } from '../text/words';

/** Phrases that say how the sender knows or found the recipient. */
export const SHARED_CONTEXT = new PhraseMatcher([
  "{we|we've|we have} {met|spoke|talked|chatted|worked|crossed paths|connected}",
  '{met|meeting|meet} you',
  '{great|good|nice|lovely} {meeting|chatting|talking|speaking} with?',
  '{talking|chatting|speaking} with you',
  '{your|ur} {talk|post|article|blog|podcast|book|paper|keynote|presentation|panel|session|newsletter|video|thread|comment|research|thesis|episode|interview|workshop|demo|project|repo|library|work on|piece|essay|essays|essays on|writing|course|class|lecture|webinar|launch|announcement}',
  '{we|we\'re|we are} both',
  'both of us',
  '{fellow|fellows}',
  // A fellow-X line without the word: "im also in port logistics in rotterdam", "I'm also a paediatric nurse".
  "{i'm|im|i am} also {a|an|in|into}",
  '{since|from} {our|the}',
  '{miss|missing|remember} {our|the|those}',
  '{crew|team|office|school|uni|college|lab|club} days',
  'your {checklist|class|reply|reel|answer}',
  'our {days|time} at',
  'worked {together|with you}',
  'mutual {friend|connection|contact|colleague}',
  '{suggested|recommended} {i|that i|we|that we} {reach|connect|talk|get|contact|speak}',
  '{introduced us|pointed me to you|put us in touch|mentioned you}',
  // "the same team"; "your team" or "your company" alone is a bare employer, no tie (the blind corpus's first principle).
  'same {team|company|school|class|cohort|program|programme|university|college|bootcamp}',
  '{alumni|alum|alumna|alumnus}',
  'class of',
  '{at|from|during|after} the {conference|meetup|summit|webinar|workshop|hackathon|event|panel|talk|dinner|session|party|fair|expo|retreat|offsite|course|bootcamp|program|programme}',
  '{member|members} of',
  'in the same {group|community|slack|discord|channel|forum}',
  '{i|i\'ve} {read|watched|heard|listened to|saw|seen|noticed|enjoyed|loved|found|follow|followed|been following|been reading}',
  'found you {through|via|on|in}',
  '{saw|noticed|read} {your|ur}',
  "{i'm|i am} a {big|huge|long time|longtime}? fan of",
  '{saw|met} {you|u} at',
  // A talk heard or watched: "heard you speak at SHRM Annual".
  '{heard|saw|watched|seen} you {speak|present|talk|perform|lecture}',
]);


/** Ways people say why they want to connect: a wish that goes beyond connecting, a question, a because. */
export const REASONS = new PhraseMatcher([
  "{i'd|i would|i|i'll|we'd|would|i'm|i am} {really|genuinely|truly|also|so}? {love|like|be glad|be happy|be grateful|enjoy|want|hope|be keen|be curious|appreciate|value} to {learn|hear|follow|keep|stay|pick|chat|talk|discuss|ask|swap|trade|compare|exchange|collaborate|work|meet|grab|buy|get|share|see|catch|continue|reconnect|support|help|invite|understand|know|volunteer|apply|return|introduce|find|read|visit|pitch|contribute|explore|build|partner|speak|show|send|give|offer|walk|try|watch}",
  "{i'd|i would|i'll|i} {love|appreciate|value|welcome|be grateful for} {your|the|a|any|to} {thoughts|take|perspective|advice|insight|insights|input|feedback|view|views|help|chance|opportunity}",
  "{i'd|i would} love your",
  "{keen|eager|hoping|excited|curious|happy|glad|delighted|stoked|thrilled|honoured|honored} to",
  'connect and {learn|hear|swap|trade|compare|share|talk|chat|discuss|exchange|follow|keep|see}',
  "{let's|lets|shall we|could we|can we} {get|grab|meet|catch up|talk|chat|hop|have|keep|compare|swap|trade|find|set up|schedule|pick}",
  // A follow-up carries on a conversation they had: that is its reason.
  '{following|follow} up on {our|the|your|my} {conversation|chat|call|talk|meeting|discussion}',
  '{would you like|could i buy you|can i buy you|would you be open|are you open}',
  'you might {enjoy|like|find}',
  "{we both|we're both|both of us} {care|love|work|believe|want|think|like|enjoy}",
  "{look|looking} forward to",
  '{curious|wondering} {about|how|what|why|whether|if}',
  "{i'm|i am|i've been|im} {interested|passionate|excited} {in|about}",
  "{i|i've|i have|really|also}? {admire|admired|loved|enjoyed|appreciated|liked} {your|the|what|how}",
  '{stuck|stayed} with me',
  '{resonated|clicked} {with|for}? me?',
  "{i'm|i am} a {big|huge}? fan of",
  'thanks {again}? for',
  'thank you for',
  '{congrats|congratulations}',
  'would be {great|good|nice|lovely|fun} to',
  "{because|so that|so i|as i'm|as i am}",
  'no need to reply',
  'as promised',
  '{great|good|nice|lovely} {meeting|chatting|talking|speaking} {you|u|with}',
  'changed how',
  'made me',
  'value your {perspective|take|advice}',
  'learn from you',
  "{here's|here is} the",
  'stay in touch',
  'keep in touch',
  'keep the conversation going',
  'keep learning from',
  // An offer is a reason too: the agenda, a resource, something sent along.
  "{i'll|i will|happy to|glad to|i can|let me} {send|share|forward|pass along|bring|drop|put together}",
  '{sharing|sending|attaching|attached} {the|my|a|an|our|some}',
  "{here's|here is|here are} {a|an|my|our|some}",
  'the agenda',
  // Being drawn by their work or their team: inspired by it, heard them speak, keen on the role they posted.
  "{has|have|really|deeply|always}? {inspired|inspires} me",
  '{is|was|are|were} {very|so|really|truly|deeply}? inspiring',
  '{heard|saw|watched} you {speak|present|talk|perform}',
  "{i'm|i am} {very|really|so|truly|genuinely} interested",
  // Thanks said warmly ("thank you sooo much for accepting") is the follow-up's reason as much as "thanks for".
  'thank you {so|soo|sooo|very} much',
  'thanks {so|soo|sooo} much',
  // Why this person in the guidance's own words: a dream company, a leader in their field, a path the sender wants.
  '{my|a} dream {company|employer|job|team|role|workplace}',
  '{dreamed|dreamt|dreaming} of {working|joining}',
  'leader in',
  "{you|you've|you have} {went|moved|switched|transitioned|pivoted|made the move|made the jump|gone} {from|to|into}",
  // Their path as the one the sender wants: "your move into robotics is the path I hope to take", "the move I'm weighing".
  "{the|a|same} {path|move|route|switch|jump|transition} {i|i'm|i'd|i've|i'll|im}",
  // Their work set beside the sender's: a shared interest ("which is exactly my area", "close to my own research").
  '{exactly|precisely|also|right in|squarely in|close to} my {own}? {area|field|focus|niche|specialty|speciality|research|world|space}',
]);


/** Ways a sender says who they are. */
export const SELF_INTRO = new PhraseMatcher([
  "{i'm|i am|im} {a|an|the|also|currently|now|just|one|part|based|studying|building|writing|leading|running|working|moving|new|two|three|on|in|at|from}",
  "{i'm|i am}",
  'my name is',
  'this is',
  // A bio introduced as such, often a list: "A bit about me:", "About myself".
  'about {me|myself}',
  '{i|i also} {work|worked|lead|led|run|manage|teach|study|build|design|write|research|founded|co-founded|started|joined|graduated|moved|coach|organise|organize|volunteer|help|own|make|develop|am|maintain|farm|practise|practice|consult|freelance|specialise|specialize|nurse|train}',
  // The sender's trade said after it: "the kind of content design I do at Citizens Advice".
  'i do {at|for|in}',
  "{i've|i have} been {working|building|doing|leading|running|teaching|writing|studying|designing|researching}",
  // Years in a trade: "I've spent three years writing LLDB plugins for a game studio".
  "{i've|i have|i} spent {the|a|two|three|four|five|six|seven|eight|nine|ten|many|several|last|past|over}",
  '{fellow}',
  'as a',
  'here',
  // Said beside them: "we're both studying for AZ-104", "we both teach Year 6", "... and both working in edtech".
  "both {studying|working|building|learning|teaching|preparing|training|running|designing|writing|researching|teach|work|study|build|run|design|write}",
]);


