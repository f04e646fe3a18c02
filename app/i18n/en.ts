import type { AppMessageKey } from "./fr";

/** English interface dictionary: the type makes a missing key a compile error. */
export const en: Record<AppMessageKey, string> = {
  // The Marianne block is the State's logo and stays in French, like on every State service.
  "app.brandTop": "Ministère\nde l'Europe\net des Affaires\nétrangères",
  "app.name": "Diplomatie",
  "app.tagline": "Interministerial portal for diplomatic correspondence",

  "language.fr": "Français",
  "language.en": "English",
  "language.choose": "Select the language",

  "skipLinks.content": "Content",
  "skipLinks.navigation": "Menu",
  "skipLinks.footer": "Footer",

  "header.homeLinkTitle": "Home — Diplomatie (Ministry for Europe and Foreign Affairs)",
  "header.profileLinkTitle": "My profile",
  "header.signOut": "Sign out",

  "nav.home": "Home",
  "nav.directory": "Directory",
  "nav.admin": "Administration",
  "nav.help": "Help",

  "footer.description":
    "Diplomatie is the interministerial portal for diplomatic correspondence: drafting, publishing and archiving telegrams, notes and formal e-mails.",
  "footer.charter": "Conditions of use",
  "footer.help": "Help",

  "common.loading": "Loading…",
  "common.showMore": "Show more",
  "common.notProvided": "Not provided",
  "common.yes": "Yes",
  "common.no": "No",
  "common.inThisSection": "In this section",
  "common.networkError":
    "The server is not answering. Check your network connection and try again.",

  "notFound.title": "Page not found",
  "notFound.lead":
    "The page you are looking for does not exist or is not accessible to you. Check the address.",
  "notFound.backHome": "Back to the home page",

  "routeError.title": "An error occurred",
  "routeError.reload": "Reload the page",

  "marking.NP": "NP — Not protected",
  "marking.DR": "DR — Restricted",
  "marking.DR-SF": "DR-SF — Restricted, French nationals only",

  "clearance.NP": "NP clearance — Not protected",
  "clearance.DR": "DR clearance — Restricted",
  "clearance.npOnly": "Access to non-protected (NP) documents only.",
  "clearance.validUntil": "Valid until {date}.",
  "clearance.drsfAllowed":
    "May read DR-SF documents: the DR-SF marking (Restricted, Special France) reserves a DR document to French nationals.",
  "clearance.drsfDenied":
    "May not read DR-SF documents: the DR-SF marking (Restricted, Special France) reserves a DR document to French nationals.",

  "role.platform_admin": "Platform administrator",
  "role.archivist": "Archivist",
  "role.releaser": "Release authority",
  "role.community_manager": "Community manager",

  "userStatus.active": "Active",
  "userStatus.disabled": "Disabled",

  "communityKind.hierarchical": "Hierarchical community",
  "communityKind.transverse": "Transverse community",
  "membershipRole.manager": "Manager",
  "membershipRole.member": "Member",
  "membershipRole.guest": "Guest",

  "organizationKind.ministry": "Ministries and administrations",
  "organizationKind.company": "Partner companies",
  "organizationKind.other": "Other bodies",

  "unitKind.ministry_head": "Minister's office and services",
  "unitKind.general_directorate": "Directorate-general",
  "unitKind.directorate": "Directorate",
  "unitKind.sub_directorate": "Sub-directorate",
  "unitKind.office": "Office",
  "unitKind.embassy": "Embassy",
  "unitKind.consulate": "Consulate",
  "unitKind.permanent_representation": "Permanent representation",
  "unitKind.company_department": "Company department",

  "login.title": "Sign in to Diplomatie",
  "login.lead": "Sign in with your account's e-mail address and password.",
  "login.required": "You must sign in to open this page.",
  "login.email": "E-mail address",
  "login.emailHint": "Expected format: firstname.lastname@diplomatie.gouv.fr",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.help":
    "Forgotten password or locked account? Contact your department's administrator or your post's IT support.",

  "charter.title": "Conditions of use",
  "charter.lead": "These conditions set the rules that every user of Diplomatie agrees to follow.",
  "charter.version": "Version {version}",
  "charter.mustAccept": "Before using the portal, you must read and accept the conditions of use.",
  "charter.mustAcceptUpdate":
    "The conditions of use have been updated. Read and accept the new version to continue.",
  "charter.accept": "I accept the conditions of use",
  "charter.acceptedOn": "You accepted version {version} of the conditions of use on {date}.",
  "charter.purpose.title": "1. Purpose",
  "charter.purpose.body":
    "These conditions set the rules for using Diplomatie, the interministerial portal for diplomatic correspondence. They apply to everyone with an account: staff of the Ministry for Europe and Foreign Affairs, staff of partner administrations and invited external users. Access to the portal requires accepting them.",
  "charter.needToKnow.title": "2. Need to know",
  "charter.needToKnow.body":
    "You only access the information you need for your duties. The portal enforces this on every read: a document is shown to you only if your clearance covers its protection marking and you have a reason to see it (drafter, clearance circuit, addressee, member of a community it was shared with).",
  "charter.needToKnow.duty":
    "You do not try to bypass these controls, you never share your credentials and you pass no information to anyone who does not need to know it, including within your own department.",
  "charter.markings.title": "3. Protection markings",
  "charter.markings.body":
    "Every document carries a protection marking that determines who may read it and how it must be handled:",
  "charter.markings.np": "non-sensitive information, open to any user who needs to know it.",
  "charter.markings.dr":
    "information whose disclosure would harm the interests of the State; reserved to users holding a valid DR clearance.",
  "charter.markings.drsf":
    "DR information reserved to French nationals only; locally recruited staff of posts and foreign users may not read it, even with a DR clearance.",
  "charter.markings.handling":
    "You apply the right marking to every document you draft, you never lower it without its issuer's agreement and you never copy DR or DR-SF information into a tool or mailbox not intended for it.",
  "charter.classified.title": "4. No classified information",
  "charter.classified.body":
    "Diplomatie is not accredited for information classified under national defence secrecy. Entering, uploading or sending classified information (Secret, Top Secret) is strictly forbidden. The portal refuses those levels; any classified information found on the portal must be reported at once to the security officer.",
  "charter.traceability.title": "5. Traceability of operations",
  "charter.traceability.body":
    "Every operation on the portal (sign-ins, reads of protected documents, creations, changes, dispatches, administration) is written to a tamper-evident operations journal. Authorised staff may consult it for security, audit and administrative investigation purposes.",
  "charter.personalData.title": "6. Personal data (GDPR)",
  "charter.personalData.body":
    "The Ministry for Europe and Foreign Affairs processes your identification, assignment, clearance and connection data to manage your access to the portal, keep the directory and secure the information system. This processing is based on the performance of a task carried out in the public interest (article 6(1)(e) of the General Data Protection Regulation). Directory information is visible only to portal users; connection logs are kept for the period set by the ministry's security policy.",
  "charter.personalData.rights":
    "You have the right of access, rectification, restriction and objection, which you exercise with the ministry's data protection officer. You may also lodge a complaint with the CNIL.",
  "charter.security.title": "7. Securing your account",
  "charter.security.body":
    "Your password is strictly personal. Close your session when you leave your workstation; it also closes by itself after a period of inactivity. Report any suspicious use of your account to your administrator without delay.",
  "charter.sanctions.title": "8. Sanctions",
  "charter.sanctions.body":
    "Any breach of these conditions may lead to immediate suspension of access to the portal, without prejudice to disciplinary and criminal proceedings, in particular under public servants' duties of professional secrecy and discretion, article 226-13 of the French Criminal Code (breach of professional secrecy) and articles 323-1 and following of the same code (attacks on automated data processing systems).",

  "home.pageTitle": "Home",
  "home.title": "Welcome, {name}",
  "home.lead": "Here is your situation on the Diplomatie portal.",
  "home.identity": "My identity",
  "home.seeProfile": "See my full profile",
  "home.clearance": "My clearance",
  "home.assignments": "My assignments",
  "home.roles": "My roles",
  "home.communities": "My communities",
  "home.directory": "Directory",
  "home.directoryLead":
    "Find a colleague, a directorate or a post abroad, and the organisation charts of the administrations.",
  "home.directoryLink": "Open the directory",

  "identity.name": "Name",
  "identity.givenName": "Given name",
  "identity.familyName": "Family name",
  "identity.jobTitle": "Job title",
  "identity.jobTitleOptional": "Job title (optional)",
  "identity.organization": "Organisation",
  "identity.principalUnit": "Principal unit",
  "identity.email": "E-mail address",
  "identity.nationality": "Nationality",
  "identity.status": "Status",
  "identity.stateAgent": "State employee",
  "identity.external": "External user",

  "assignments.none": "No assignment.",
  "assignments.principal": "Principal assignment",
  "assignments.since": "Since {date}",
  "assignments.period": "From {from} to {to}",
  "roles.none": "No particular role.",
  "communities.none": "You are not a member of any community.",

  "profile.title": "My profile",
  "profile.identity": "Identity",
  "profile.clearance": "Clearance",
  "profile.assignments": "Assignments",
  "profile.roles": "Roles",
  "profile.communities": "Communities",
  "profile.account": "Account and session",
  "profile.charterAccepted": "Conditions of use",
  "profile.charterAcceptedValue": "Version {version} accepted on {date}",
  "profile.sessionExpires": "Session ends",
  "profile.idleTimeout": "Signed out after inactivity",
  "profile.minutes": "{count} min",
  "profile.readCharter": "Read the conditions of use again",

  "directory.section": "Directory",
  "directory.title": "Directory",
  "directory.lead": "Search for a person by name, and narrow down by unit or country of posting.",
  "directory.people": "People",
  "directory.orgCharts": "Organisation charts",
  "directory.posts": "Network of posts",
  "directory.searchFormLabel": "Directory search",
  "directory.searchPerson": "Search for a person",
  "directory.searchPersonHint": "Family name, given name or job title",
  "directory.filterUnit": "Unit",
  "directory.allUnits": "All units",
  "directory.filterCountry": "Country",
  "directory.allCountries": "All countries",
  "directory.submit": "Search",
  "directory.reset": "Clear the criteria",
  "directory.results": "Results",
  "directory.resultsCaption": "People matching the search",

  "people.name": "Name",
  "people.jobTitle": "Job title",
  "people.principalUnit": "Principal unit",
  "people.organization": "Organisation",
  "people.noResult": "Nobody matches these criteria.",
  "people.count": "People found: {count}",
  "people.countMore": "People shown: {count} (more results are available)",

  "unitPicker.search": "Filter units by name or acronym",
  "unitPicker.searchHint": "The list below updates as you type.",
  "unitPicker.choose": "Selected unit",
  "unitPicker.count": "Units offered: {count}",
  "unitPicker.refine": "Units offered: first {count}; refine the filter to see others.",

  "person.title": "Directory entry",
  "person.contact": "Contact details",
  "person.assignments": "Assignments",
  "person.roles": "Roles",

  "unit.title": "Unit",
  "unit.edit": "Edit the unit",
  "unit.addChild": "Add a sub-unit",
  "unit.children": "Sub-units ({count})",
  "unit.noChildren": "This unit has no sub-unit.",
  "unit.members": "Members ({count})",
  "unit.membersCaption": "Members of the unit {name}",

  "orgCharts.title": "Organisation charts",
  "orgCharts.lead": "Choose an organisation to see its chart.",
  "orgChart.lead":
    "Units are shown from the head of the organisation down to offices and posts. Expand a branch to see its sub-units.",
  "orgChart.empty": "No unit has been recorded for this organisation yet.",
  "orgChart.expandAll": "Expand all",
  "orgChart.collapseAll": "Collapse all",
  "orgChart.toggle": "Sub-units of {name} ({count})",

  "posts.title": "Network of posts",
  "posts.lead": "Embassies, consulates and permanent representations, by country.",
  "posts.filter": "Filter by country, post or city",
  "posts.filterHint": "For example: Germany, Munich",
  "posts.count": "Countries shown: {count}",
  "posts.caption": "Posts abroad by country",
  "posts.country": "Country",
  "posts.posts": "Posts",

  "admin.section": "Administration",
  "admin.users": "Users",
  "admin.units": "Units",
  "admin.journal": "Operations journal",

  "adminUsers.title": "Users",
  "adminUsers.create": "Create a user",
  "adminUsers.searchFormLabel": "Account search",
  "adminUsers.search": "Search for a user",
  "adminUsers.searchHint": "Family name, given name or e-mail address",
  "adminUsers.status": "Account status",
  "adminUsers.allStatuses": "All statuses",
  "adminUsers.clearance": "Clearance",
  "adminUsers.caption": "User accounts",
  "adminUsers.noResult": "No account matches these criteria.",
  "adminUsers.count": "Accounts found: {count}",
  "adminUsers.countMore": "Accounts shown: {count} (more results are available)",

  "adminUserCreate.title": "Create a user",
  "adminUserCreate.organization": "Organisation",
  "adminUserCreate.nationalityHint":
    "Determines access to DR-SF documents, which are reserved to French nationals.",
  "adminUserCreate.password": "Initial password",
  "adminUserCreate.passwordHint":
    "At least 12 characters. Give it to the user through a channel other than their e-mail.",
  "adminUserCreate.submit": "Create the account",

  "adminUser.title": "User account",
  "adminUser.timestamps": "Account created on {created}, last changed on {updated}.",
  "adminUser.directoryCard": "See their directory entry",
  "adminUser.identity": "Identity and status",
  "adminUser.statusHint": "A disabled account can no longer sign in.",
  "adminUser.assignments": "Assignments",
  "adminUser.clearances": "Clearances",
  "adminUser.roles": "Roles",

  "adminAssignments.caption": "Assignments of {name}",
  "adminAssignments.unit": "Unit",
  "adminAssignments.function": "Function",
  "adminAssignments.functionHint": "For example: drafter, head of post, political counsellor",
  "adminAssignments.principal": "Principal",
  "adminAssignments.period": "Period",
  "adminAssignments.remove": "Remove",
  "adminAssignments.removeLabel": "Remove the assignment {label}",
  "adminAssignments.confirmRemove": "Remove the assignment “{label}”?",
  "adminAssignments.add": "Add an assignment",
  "adminAssignments.startsOn": "Start date",
  "adminAssignments.endsOn": "End date (optional)",
  "adminAssignments.endsOnHint": "Leave empty for an assignment with no end date.",
  "adminAssignments.isPrincipal": "Principal assignment",
  "adminAssignments.isPrincipalHint": "The principal unit is the one shown in the directory.",
  "adminAssignments.submit": "Add the assignment",

  "adminClearances.caption": "Clearances of {name}",
  "adminClearances.none": "No clearance recorded.",
  "adminClearances.level": "Level",
  "adminClearances.validFrom": "Valid from",
  "adminClearances.validUntil": "Valid until",
  "adminClearances.state": "State",
  "adminClearances.current": "In force",
  "adminClearances.expired": "Expired",
  "adminClearances.future": "Upcoming",
  "adminClearances.revokedOn": "Revoked on {date}",
  "adminClearances.revoke": "Revoke",
  "adminClearances.revokeLabel": "Revoke the {level} clearance valid until {date}",
  "adminClearances.confirmRevoke": "Revoke this {level} clearance? It stops applying immediately.",
  "adminClearances.grant": "Grant a clearance",
  "adminClearances.drsfNote":
    "There is no DR-SF clearance: a French national holding a DR clearance reads DR-SF documents.",
  "adminClearances.submit": "Grant the clearance",

  "adminRoles.caption": "Roles of {name}",
  "adminRoles.role": "Role",
  "adminRoles.unit": "Unit concerned",
  "adminRoles.wholePlatform": "Whole platform",
  "adminRoles.revoke": "Revoke",
  "adminRoles.revokeLabel": "Revoke the role {role}",
  "adminRoles.confirmRevoke": "Revoke the role “{role}”?",
  "adminRoles.grant": "Grant a role",
  "adminRoles.unitRequired": "Choose the unit this role applies to.",
  "adminRoles.submit": "Grant the role",

  "adminUnits.title": "Units",
  "adminUnits.create": "Create a unit",
  "adminUnits.searchFormLabel": "Unit search",
  "adminUnits.search": "Search for a unit",
  "adminUnits.allKinds": "All kinds",
  "adminUnits.caption": "Units",
  "adminUnits.noResult": "No unit matches these criteria.",
  "adminUnits.count": "Units found: {count}",
  "adminUnits.countMore": "Units shown: {count} (more results are available)",
  "adminUnits.edit": "Edit",
  "adminUnits.editLabel": "Edit the unit {name}",
  "adminUnits.organization": "Organisation",
  "adminUnits.parent": "Parent unit",
  "adminUnits.noParent": "None (head unit of the organisation)",
  "adminUnits.kind": "Kind of unit",
  "adminUnits.name": "Name",
  "adminUnits.nameHint": "For example: Directorate for the European Union",
  "adminUnits.shortName": "Acronym",
  "adminUnits.shortNameHint": "For example: DUE",
  "adminUnits.country": "Country (optional)",
  "adminUnits.countryHint": "For posts abroad.",
  "adminUnits.noCountry": "None",
  "adminUnits.city": "City (optional)",
  "adminUnits.cityHint": "City where the post is located.",

  "adminUnitCreate.title": "Create a unit",
  "adminUnitCreate.under": "Sub-unit of: {name}",
  "adminUnitCreate.submit": "Create the unit",
  "adminUnitEdit.title": "Edit the unit {name}",
  "adminUnitEdit.seeInDirectory": "See the unit in the directory",
  "adminUnitEdit.readOnly": "You are not allowed to edit this unit.",

  "journal.title": "Operations journal",
  "journal.lead":
    "Every operation is written to a tamper-evident journal: each entry is linked to the previous one by its hash.",
  "journal.searchFormLabel": "Filter the journal",
  "journal.filterAction": "Action",
  "journal.filterActionHint": "For example: auth.login, user.update",
  "journal.filter": "Filter",
  "journal.caption": "Operations, newest first",
  "journal.noResult": "No operation matches this filter.",
  "journal.count": "Operations shown: {count}",
  "journal.seq": "No.",
  "journal.at": "Date",
  "journal.actor": "Actor",
  "journal.action": "Action",
  "journal.target": "Target",
  "journal.ip": "IP address",
  "journal.hash": "Hash",
  "journal.system": "System",

  "form.allRequired": "Unless stated otherwise, all fields are required.",
  "form.choose": "Choose from the list",
  "form.save": "Save",
  "form.saved": "Your changes have been saved.",
  "form.noChange": "There is no change to save.",
  "form.cancel": "Cancel",
  "form.actions": "Actions",
  "form.required": "This field is required.",
  "form.invalid": "This value is not valid.",
  "form.tooShort": "Enter at least {min} characters.",
  "form.tooLong": "Enter at most {max} characters.",
  "form.email": "Enter a valid e-mail address, for example firstname.lastname@diplomatie.gouv.fr.",
  "form.date": "Enter a valid date.",
  "form.endsBeforeStart": "The end date must come after the start date.",
  "form.countryCode": "Choose a country from the list.",
  "form.controlCharacter": "This text contains characters that are not allowed.",

  "help.title": "Help",
  "help.lead": "Answers to the most frequent questions about using Diplomatie.",
  "help.readCharter": "Read the conditions of use",
  "help.signIn.title": "Signing in",
  "help.signIn.howQ": "How do I sign in?",
  "help.signIn.howA":
    "Enter your account's e-mail address and your password on the sign-in page. Your session closes by itself after a period of inactivity; remember to sign out when you leave your workstation.",
  "help.signIn.forgotQ": "I forgot my password. What should I do?",
  "help.signIn.forgotA":
    "Contact your department's administrator or your post's IT support: they will give you a new initial password.",
  "help.signIn.lockedQ": "Why is my sign-in refused?",
  "help.signIn.lockedA":
    "After several failed attempts, signing in is suspended for a few minutes. If your account has been disabled, only an administrator can enable it again.",
  "help.signIn.charterQ": "Why must I accept conditions of use?",
  "help.signIn.charterA":
    "The conditions of use recall your obligations (need to know, protection markings, no classified information). You accept them when you first sign in and again for every new version.",
  "help.markings.title": "Protection markings",
  "help.markings.whatQ": "What do the NP, DR and DR-SF markings mean?",
  "help.markings.whatA":
    "The protection marking states how sensitive a document is and who may read it:",
  "help.markings.drsfQ": "Why can't I read a DR-SF document although I hold a DR clearance?",
  "help.markings.drsfA":
    "The DR-SF marking (Restricted, Special France) reserves a DR document to French nationals. Locally recruited staff and foreign users cannot read it, even with a DR clearance.",
  "help.markings.classifiedQ": "May I upload a Secret or Top Secret document?",
  "help.markings.classifiedA":
    "No. Diplomatie is not accredited for classified information and refuses those levels. Use the means provided for them and, if in doubt, ask the security officer.",
  "help.directory.title": "Directory",
  "help.directory.searchQ": "How do I find a colleague?",
  "help.directory.searchA":
    "In the directory, type all or part of their name. You can narrow the search to a unit or a country, then show more results at the bottom of the list.",
  "help.directory.missingQ": "A person or a unit does not appear. Why?",
  "help.directory.missingA":
    "The directory only shows the people and units visible to you. If information seems missing or wrong, tell your department's administrator.",
  "help.directory.postsQ": "Where can I find embassies and consulates?",
  "help.directory.postsA":
    "The “Network of posts” section of the directory lists embassies, consulates and permanent representations by country.",
  "help.privacy.title": "Privacy",
  "help.privacy.dataQ": "Which data about me can others see?",
  "help.privacy.dataA":
    "Other users see your name, job title, organisation, assignments and work e-mail address. Your clearance and nationality are visible only to you and to administrators.",
  "help.privacy.traceQ": "Are my operations recorded?",
  "help.privacy.traceA":
    "Yes. Sign-ins, reads of protected documents and changes are written to a tamper-evident operations journal that only authorised staff may consult.",
  "help.privacy.rightsQ": "How do I exercise my rights over my personal data?",
  "help.privacy.rightsA":
    "Contact the data protection officer of the Ministry for Europe and Foreign Affairs. You may also lodge a complaint with the CNIL.",

  "accessibility.title": "Accessibility",
  "accessibility.commitment":
    "The Ministry for Europe and Foreign Affairs is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005.",
  "accessibility.statusTitle": "Compliance status",
  "accessibility.status":
    "Diplomatie has not yet been audited against the French accessibility framework (RGAA): it is therefore declared non-compliant.",
  "accessibility.effortsTitle": "Measures taken",
  "accessibility.effortDsfr":
    "The portal uses the French State design system (DSFR), which is designed to be accessible.",
  "accessibility.effortKeyboard":
    "Every function can be used with the keyboard; skip links lead straight to the content.",
  "accessibility.effortTests":
    "Automated accessibility tests run on the main pages with every change.",
  "accessibility.contactTitle": "Feedback and contact",
  "accessibility.contact":
    "If you cannot access some content or service, contact your department's IT support to be offered an accessible alternative.",
  "accessibility.remedyTitle": "Remedies",
  "accessibility.remedy":
    "If you report an accessibility defect that prevents you from accessing content and do not receive a satisfactory answer, you may refer the matter to the Défenseur des droits.",

  "legal.title": "Legal notice",
  "legal.publisherTitle": "Publisher",
  "legal.publisher":
    "Ministry for Europe and Foreign Affairs, 37 quai d'Orsay, 75007 Paris. Publication director: the ministry's secretary-general.",
  "legal.hostingTitle": "Hosting",
  "legal.hosting":
    "The portal is hosted in the data centres of the Ministry for Europe and Foreign Affairs.",
  "legal.dataTitle": "Personal data",
  "legal.data":
    "The personal data processed by the portal and your rights are described in the conditions of use.",
  "legal.termsTitle": "Terms of use",
  "legal.terms": "Using the portal requires accepting the",

  "nav.correspondence": "Correspondence",
  "common.newWindowTitle": "{label} - new window",

  "correspondence.section": "Correspondence",
  "correspondence.draft": "Draft",
  "correspondence.newTelegram": "New telegram",
  "correspondence.newNote": "New note",
  "correspondence.newFormalEmail": "New e-mail",
  "correspondence.markingBanner": "{marking}",

  "correspondenceKind.telegram": "Diplomatic telegram",
  "correspondenceKind.note": "Diplomatic note",
  "correspondenceKind.formal_email": "Formal e-mail",

  "correspondenceState.draft": "Draft",
  "correspondenceState.in_circuit": "In clearance circuit",
  "correspondenceState.dispatched": "Dispatched",

  "precedence.flash": "Flash",
  "precedence.immediate": "Immediate",
  "precedence.priority": "Priority",
  "precedence.routine": "Routine",

  "inbox.pageTitle": "{box} — Correspondence",
  "inbox.action.title": "For action",
  "inbox.action.lead": "Documents addressed for action to you, your units or your communities.",
  "inbox.action.caption": "Documents for action, newest first",
  "inbox.action.none": "No document for action.",
  "inbox.info.title": "For information",
  "inbox.info.lead": "Documents addressed for information to you, your units or your communities.",
  "inbox.info.caption": "Documents received for information, newest first",
  "inbox.info.none": "No document received for information.",
  "inbox.sent.title": "Sent",
  "inbox.sent.lead": "Documents you drafted that have been dispatched.",
  "inbox.sent.caption": "Sent documents, newest first",
  "inbox.sent.none": "No sent document.",
  "inbox.drafts.title": "Drafts",
  "inbox.drafts.lead": "Documents you draft or co-draft that have not been dispatched yet.",
  "inbox.drafts.caption": "Drafts, most recently changed first",
  "inbox.drafts.none": "No draft.",
  "inbox.count": "Documents shown: {count}",
  "inbox.countMore": "Documents shown: {count} (more are available)",
  "inbox.reference": "Reference",
  "inbox.subject": "Subject",
  "inbox.precedence": "Precedence",
  "inbox.marking": "Marking",
  "inbox.originUnit": "Originating unit",
  "inbox.date": "Date",

  "editor.newTitle.telegram": "New telegram",
  "editor.newTitle.note": "New diplomatic note",
  "editor.newTitle.formal_email": "New formal e-mail",
  "editor.newLead":
    "Every save creates a new version of the draft. The document is dispatched only after its clearance circuit and signature.",
  "editor.editTitle": "Edit the draft ({kind})",
  "editor.noUnit":
    "You have no current assignment, so you cannot draft a document. Contact your department's administrator.",
  "editor.requiredHint":
    "Only the subject is required to save a draft. The guide's rules still to be met are listed after every save.",
  "editor.hasErrors": "The draft was not saved: correct the fields marked below.",
  "editor.version": "Version {version}, saved on {date}.",
  "editor.description": "Description",
  "editor.originUnit": "Originating unit",
  "editor.originUnitHint": "The document is issued on behalf of this unit.",
  "editor.subject": "Subject",
  "editor.summary": "Summary (optional)",
  "editor.summaryHint": "A few lines that say what matters.",
  "editor.summaryHintTelegram":
    "Three lines at most, saying what matters. Lines typed: {count} of {max}.",
  "editor.precedence": "Precedence",
  "editor.precedenceHint": "A flash telegram is justified in paragraph 1 (see the guide).",
  "editor.marking": "Protection marking of the document",
  "editor.markingHint":
    "Classified levels (Secret, Top Secret) are forbidden on this portal. The document's marking cannot be lower than its paragraphs': lower theirs first.",
  "editor.addressees": "Addressees",
  "editor.noteSection": "Diplomatic note",
  "editor.emailSection": "E-mail",
  "editor.paragraphs": "Text (numbered paragraphs)",
  "editor.emailBody": "Message body",
  "editor.indexing": "Indexing and references",
  "editor.save": "Save the draft",
  "editor.saving": "Saving…",
  "editor.saved": "Draft saved: version {version}.",
  "editor.created": "Draft created: version {version}.",
  "editor.seeDocument": "View the document",
  "editor.readOnly":
    "This document cannot be edited: only its drafter and co-editors edit a draft, and a dispatched document never changes.",
  "editor.conflictTitle": "A newer version has been saved",
  "editor.conflictBody":
    "Someone saved a newer version of this draft while you were editing it: your save was refused so as not to erase their work. Reload the latest version, then apply your changes to it again (copy them first: they will be replaced).",
  "editor.reload": "Reload the latest version",
  "editor.problem.aboveDocumentMarking":
    "A paragraph cannot carry a marking higher than the document's.",
  "editor.problem.unknownReference":
    "A reference (REF) points to a document that does not exist or that you may not read.",
  "editor.problem.unknownAddressee": "An addressee does not exist (any more).",
  "editor.problem.duplicateAddressee": "This addressee is already in the list.",
  "editor.problem.notYourUnit": "You are not assigned to this unit.",
  "editor.problem.unknownMarking": "Choose a protection marking from the list.",

  "paragraphs.none": "No paragraph.",
  "paragraphs.legend": "Paragraph {number}",
  "paragraphs.which": "paragraph {number}",
  "paragraphs.marking": "Marking of paragraph {number}",
  "paragraphs.markingHint": "Never higher than the document's marking.",
  "paragraphs.text": "Text of paragraph {number}",
  "paragraphs.moveUp": "Move up",
  "paragraphs.moveDown": "Move down",
  "paragraphs.remove": "Delete",
  "paragraphs.add": "Add a paragraph",
  "paragraphs.moved": "Paragraph {from} moved to position {to}.",
  "paragraphs.removed": "Paragraph {number} deleted.",
  "paragraphs.confirmRemove": "Delete paragraph {number} and its text?",

  "addressees.mode.action": "For action",
  "addressees.mode.info": "For information",
  "addressees.type.unit": "Unit",
  "addressees.type.user": "Person",
  "addressees.type.community": "Community",
  "addressees.noneForMode": "No addressee.",
  "addressees.switchToInfo": "Make it for information",
  "addressees.switchToAction": "Make it for action",
  "addressees.remove": "Remove",
  "addressees.addLegend": "Add an addressee",
  "addressees.typeLegend": "Type of addressee",
  "addressees.unit": "Addressee unit",
  "addressees.person": "Addressee person",
  "addressees.modeLegend": "The addressee receives the document",
  "addressees.add": "Add the addressee",
  "addressees.chooseUnit": "Choose a unit from the list.",
  "addressees.choosePerson": "Choose a person from the list.",
  "addressees.added": "Addressee added ({mode}).",
  "addressees.switched": "Addressee now « {mode} ».",
  "addressees.removed": "Addressee removed.",
  "addressees.deadline": "Deadline for action (optional)",
  "addressees.deadlineHint": "The date by which addressees for action must have answered.",

  "addressee.unknownUnit": "Unit not available",
  "addressee.unknownPerson": "Person not available",
  "addressee.community": "Community",

  "personPicker.search": "Filter people by name",
  "personPicker.searchHint": "The list below updates as you type.",
  "personPicker.choose": "Chosen person",
  "personPicker.count": "People offered: {count}",
  "personPicker.refine": "People offered: the first {count}; refine the filter for the others.",

  "indexing.tags": "Free tags (optional)",
  "indexing.tagsHint":
    "Separated by commas; the guide recommends {max} at most. Tags typed: {count}.",
  "indexing.tooManyTags":
    "{count} tags: the guide recommends {max} at most. Prefer countries and references.",
  "indexing.country": "Country concerned (optional)",
  "indexing.countryHint": "Choose a country then add it; repeat for several countries.",
  "indexing.addCountry": "Add the country",
  "indexing.countryTags": "Countries concerned",
  "indexing.removeCountry": "Remove the country {country}",
  "indexing.countryAdded": "Country added: {country}.",
  "indexing.countryRemoved": "Country removed: {country}.",
  "indexing.reference": "REF — earlier document (optional)",
  "indexing.referenceHint":
    "Paste the address of the document's page, or its identifier, then add it.",
  "indexing.referenceInvalid":
    "Type the address or identifier of a document, for example 3f2c5a9e-1b7d-4c8e-9f3a-2d6b8e1c4a7f.",
  "indexing.addReference": "Add the reference",
  "indexing.references": "References (REF)",
  "indexing.referenceItem": "Document {id}",
  "indexing.removeReference": "Remove",
  "indexing.referenceAdded": "Reference added.",
  "indexing.referenceRemoved": "Reference removed.",

  "note.senderEntity": "Sending entity",
  "note.senderEntityHint": "For example: L'Ambassade de France aux États-Unis",
  "note.recipientEntity": "Receiving entity",
  "note.recipientEntityHint": "With its article, for example: le Département d'État",
  "note.place": "Place",
  "note.placeHint": "For example: Washington",
  "note.language": "Language of the note",
  "note.formulas": "Formulas of the note",
  "note.placeAndDate": "{place}, {date}",

  "noteFormula.opening": "{sender} presents its compliments to {recipient} and has the honour to …",
  "noteFormula.closing":
    "{sender} avails itself of this opportunity to renew to {recipient} the assurances of its highest consideration.",

  "email.to": "Recipients (To)",
  "email.cc": "Copy (Cc)",
  "email.listHint":
    "E-mail addresses separated by commas, for example firstname.lastname@diplomatie.gouv.fr.",

  "coEditor.invite": "Invite a co-editor",
  "coEditor.lead":
    "A co-editor may edit this draft until it is submitted to the clearance circuit.",
  "coEditor.person": "Co-editor",
  "coEditor.submit": "Invite",
  "coEditor.choose": "Choose a person from the list.",
  "coEditor.added": "{name} may now edit this draft.",
  "coEditor.already": "This person may already edit this draft.",

  "detail.title": "Correspondence",
  "detail.edit": "Edit",
  "detail.header": "Header",
  "detail.kind": "Kind",
  "detail.reference": "Reference",
  "detail.state": "State",
  "detail.stateVersion": "{state} — version {version}",
  "detail.precedence": "Precedence",
  "detail.marking": "Protection marking",
  "detail.originUnit": "Originating unit",
  "detail.drafter": "Drafter",
  "detail.deadline": "Deadline for action",
  "detail.tags": "Tags",
  "detail.countryTags": "Countries",
  "detail.references": "REF",
  "detail.referenceLink": "REF {number} — document {id}",
  "detail.subject": "Subject",
  "detail.summary": "Summary",
  "detail.noSummary": "No summary.",
  "detail.text": "Text",
  "detail.none": "None",

  "versions.title": "Versions",
  "versions.caption": "Saved versions, newest first",
  "versions.version": "Version",
  "versions.author": "Author",
  "versions.date": "Date",
  "versions.number": "Version {version}",

  "guideWarnings.title": "Guide rules to meet before signature ({count})",
  "guideWarnings.lead":
    "The last saved version does not meet these rules yet. You may keep saving; they must be met before signature:",
  "guideWarnings.none": "The last saved version meets the guide's rules.",

  "guideRule.telegram_needs_summary": "A telegram needs a summary.",
  "guideRule.summary_three_lines": "A telegram's summary fits in three lines at most.",
  "guideRule.flash_needs_justification":
    "A flash telegram must be justified: its paragraph 1 starts with « Justification: ».",
  "guideRule.at_most_five_free_tags":
    "Five free tags at most; use countries and references for the rest.",
  "guideRule.needs_a_paragraph": "The document needs at least one paragraph.",
  "guideRule.needs_an_addressee": "The document needs at least one addressee.",
  "guideRule.action_needs_deadline": "A document addressed for action needs a deadline for action.",
  "guideRule.note_needs_entities":
    "A diplomatic note must state its sending and receiving entities, and its place.",
  "guideRule.email_needs_recipient": "A formal e-mail needs at least one recipient (To).",

  "guide.link": "Correspondence guide",
  "guide.title": "Guide to diplomatic correspondence",
  "guide.lead":
    "The drafting rules for telegrams, notes and formal e-mails. The portal checks these rules while you draft and lists them before signature.",
  "guide.kinds.title": "Which document to choose?",
  "guide.kinds.telegram":
    "The diplomatic telegram (TD) is the official correspondence between headquarters and the posts: meeting reports, analyses, requests for instructions, instructions. It carries a precedence, a summary, numbered paragraphs each with its protection marking, addressees for action and for information, and a number per post and year.",
  "guide.kinds.note":
    "The diplomatic note (note verbale) is addressed to another State or to an international organisation. Written in the third person, it opens and closes with courtesy formulas and carries a yearly number, a place and a date; it is initialled, not signed.",
  "guide.kinds.formalEmail":
    "The formal e-mail serves official exchanges with correspondents who have no access to the portal (From, To, Cc). It joins the same boxes and the same archive as the other documents; do not use it when a telegram fits.",
  "guide.precedence.title": "Precedence",
  "guide.precedence.lead":
    "Precedence sets the order in which addressees handle documents. Choose the lowest that fits: overstated precedence makes the others meaningless.",
  "guide.precedence.flash": "to be handled at once, day or night; reserved for crisis situations.",
  "guide.precedence.immediate":
    "to be handled within the hour; acknowledgement required, as for flash.",
  "guide.precedence.priority": "to be handled within the day.",
  "guide.precedence.routine": "to be handled within ordinary time; the general case.",
  "guide.precedence.flashTitle": "When is flash justified?",
  "guide.precedence.flashWhen":
    "Only when a decision or an action cannot wait: a threat to the safety of our nationals or staff, a political or security crisis under way, an imminent decision of a foreign government that calls for an immediate reaction.",
  "guide.precedence.flashJustification":
    "Paragraph 1 of a flash telegram starts with « Justification: » and says why flash is needed. Otherwise the portal flags it and signature is refused.",
  "guide.markings.title": "Protection markings",
  "guide.markings.lead": "A document's marking determines who may read it:",
  "guide.markings.choose":
    "Choose the marking from the most sensitive content of the document, no more and no less: an overstated marking deprives readers who need the information.",
  "guide.markings.classified":
    "Classified levels (Secret, Top Secret) are never handled on this portal, which is not accredited for them: use the means provided for them and, when in doubt, ask the security officer.",
  "guide.paragraphs.title": "Each paragraph's marking",
  "guide.paragraphs.body":
    "Each paragraph carries its own marking, which cannot exceed the document's ({markings}). The portal only offers the allowed markings for a paragraph, and refuses to lower the document's marking below one of its paragraphs'.",
  "guide.paragraphs.example":
    "Example: a DR telegram may contain an NP paragraph reporting a public statement and a DR paragraph reporting what was said in private.",
  "guide.indexing.title": "Subject, summary and indexing",
  "guide.indexing.subject":
    "The subject says in one line what the document is about, starting with the country or organisation concerned, for example « United States — trade policy ».",
  "guide.indexing.summary":
    "A telegram's summary fits in three lines at most: what to remember if one reads nothing else.",
  "guide.indexing.tags":
    "Index with {max} free tags at most, and as many countries as needed (ISO codes). The filing plan is applied automatically from the kind, the unit and the tags: do not add tags for filing.",
  "guide.indexing.references":
    "References (REF) link the document to the earlier correspondence it follows up or answers; a correction always carries the document it corrects as a REF.",
  "guide.addressees.title": "Addressees",
  "guide.addressees.modes":
    "An addressee for action must handle the document (acknowledge it, assign it, answer it); an addressee for information takes note of it. Addressees for action are always listed first. Address a unit rather than a person: the document is still handled when staff change.",
  "guide.addressees.deadline":
    "A document addressed for action carries a deadline; overdue documents are flagged to their addressees.",
  "guide.note.title": "The diplomatic note",
  "guide.note.lead":
    "The note is written in the third person, on behalf of the sending entity (embassy, ministry), and addressed to an entity (ministry of foreign affairs, embassy, international organisation).",
  "guide.note.formulasTitle": "Opening and closing formulas",
  "guide.note.generated":
    "The portal composes these formulas from the sending and receiving entities, in French or in English according to the note's language. Type the receiving entity with its article (« le Département d'État »): the portal writes « au Département d'État ».",
  "guide.note.exampleTitle": "Example",
  "guide.note.signature":
    "The note carries a yearly number, the place and the date; it is initialled by the authority of the sending entity, not signed.",
  "guide.email.title": "The formal e-mail",
  "guide.email.body":
    "Give at least one recipient (To), and in copy (Cc) only the people who need to know. The body is written in paragraphs, like a telegram; its protection marking applies in the same way.",
  "guide.rules.title": "The rules checked while drafting",
  "guide.rules.lead":
    "After every save, the portal lists the rules the draft does not meet yet. They do not prevent saving, but must be met before signature:",
  "guide.rules.paragraphMarking":
    "A paragraph cannot carry a marking higher than the document's: the save is refused.",
  "guide.rules.classified":
    "A classified marking (Secret, Top Secret) is refused: this portal is not accredited for such information.",
};
