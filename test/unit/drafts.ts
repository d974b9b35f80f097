/** Drafts shared by the tests. Written for the tests; not taken from any published message. */

/** Has exactly five problems: a job ask, a desperate line, a deadline, no time ask, no how-found line. */
export const FLAGGED_REQUEST = `Subject: Retail manager curious about product work

Hi Dana,

I'm a retail manager of ten years, and I'd love to talk, at a time that suits you, about how you moved from store operations into product management and which skills mattered most. Honestly, I really need a break after a rough year. Are you hiring for your team? Please get back to me by Friday.

Thank you for considering it.

Best,
Sam
`;

export const GOOD_REQUEST = `Subject: Nurse curious about health-tech product work

Hi Dana,

Maya Chen suggested I reach out: she mentioned you moved from nursing into product management at Carely. I'm a nurse of eight years, and I'd love to learn how you made that move and which skills mattered most.

Would you have 20 minutes for a call or video chat in the next few weeks? I'm happy to fit around your schedule.

Thank you for considering it.

Best,
Sam Ortiz
`;

export const THANK_YOU = `Hi Dana,

Thank you for taking the time to speak with me yesterday. Your advice to shadow a product manager for a week was exactly the push I needed, and I have already asked my manager about it. If anyone else comes to mind who I should talk to, I'd be glad of a name.

Thanks again,
Sam
`;
