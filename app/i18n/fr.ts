/**
 * French interface dictionary — the reference: every key exists here first, and en.ts must
 * define the same keys. Error messages (errors.*) come from shared/i18n.
 */
export const fr = {
  // The Marianne block and the service's name are the State's brand: the same in every language.
  "app.brandTop": "Ministère\nde l'Europe\net des Affaires\nétrangères",
  "app.name": "Diplomatie",
  "app.tagline": "Portail interministériel de la correspondance diplomatique",

  "language.fr": "Français",
  "language.en": "English",
  "language.choose": "Sélectionner la langue",

  "skipLinks.content": "Contenu",
  "skipLinks.navigation": "Menu",
  "skipLinks.footer": "Pied de page",

  "header.homeLinkTitle": "Accueil — Diplomatie (Ministère de l'Europe et des Affaires étrangères)",
  "header.profileLinkTitle": "Mon profil",
  "header.signOut": "Se déconnecter",

  "nav.home": "Accueil",
  "nav.directory": "Annuaire",
  "nav.admin": "Administration",
  "nav.help": "Aide",

  "footer.description":
    "Diplomatie est le portail interministériel de la correspondance diplomatique : production, publication et archivage des télégrammes, notes et courriels formels.",
  "footer.charter": "Charte d'utilisation",
  "footer.help": "Aide",

  "common.loading": "Chargement…",
  "common.showMore": "Afficher plus",
  "common.notProvided": "Non renseigné",
  "common.yes": "Oui",
  "common.no": "Non",
  "common.inThisSection": "Dans cette rubrique",
  "common.networkError":
    "Le serveur ne répond pas. Vérifiez votre connexion au réseau puis réessayez.",

  "notFound.title": "Page introuvable",
  "notFound.lead":
    "La page que vous cherchez n'existe pas ou ne vous est pas accessible. Vérifiez l'adresse saisie.",
  "notFound.backHome": "Retour à l'accueil",

  "routeError.title": "Une erreur est survenue",
  "routeError.reload": "Recharger la page",

  "marking.NP": "NP — Non protégé",
  "marking.DR": "DR — Diffusion Restreinte",
  "marking.DR-SF": "DR-SF — Diffusion Restreinte Spécial France",

  "clearance.NP": "Habilitation NP — Non protégé",
  "clearance.DR": "Habilitation DR — Diffusion Restreinte",
  "clearance.npOnly": "Accès aux seuls documents non protégés (NP).",
  "clearance.validUntil": "Valable jusqu'au {date}.",
  "clearance.drsfAllowed":
    "Lecture des documents DR-SF autorisée : la mention DR-SF (Diffusion Restreinte Spécial France) réserve un document DR aux ressortissants français.",
  "clearance.drsfDenied":
    "Lecture des documents DR-SF non autorisée : la mention DR-SF (Diffusion Restreinte Spécial France) réserve un document DR aux ressortissants français.",

  "role.platform_admin": "Administrateur de la plateforme",
  "role.archivist": "Archiviste",
  "role.releaser": "Autorité de signature",
  "role.community_manager": "Animateur de communautés",

  "userStatus.active": "Actif",
  "userStatus.disabled": "Désactivé",

  "communityKind.hierarchical": "Communauté hiérarchique",
  "communityKind.transverse": "Communauté transverse",
  "membershipRole.manager": "Animateur",
  "membershipRole.member": "Membre",
  "membershipRole.guest": "Invité",

  "organizationKind.ministry": "Ministères et administrations",
  "organizationKind.company": "Entreprises partenaires",
  "organizationKind.other": "Autres organismes",

  "unitKind.ministry_head": "Cabinet et services du ministre",
  "unitKind.general_directorate": "Direction générale",
  "unitKind.directorate": "Direction",
  "unitKind.sub_directorate": "Sous-direction",
  "unitKind.office": "Bureau",
  "unitKind.embassy": "Ambassade",
  "unitKind.consulate": "Consulat",
  "unitKind.permanent_representation": "Représentation permanente",
  "unitKind.company_department": "Service d'entreprise",

  "login.title": "Connexion à Diplomatie",
  "login.lead": "Connectez-vous avec l'adresse électronique et le mot de passe de votre compte.",
  "login.required": "Vous devez vous connecter pour accéder à cette page.",
  "login.email": "Adresse électronique",
  "login.emailHint": "Format attendu : prenom.nom@diplomatie.gouv.fr",
  "login.password": "Mot de passe",
  "login.submit": "Se connecter",
  "login.help":
    "Mot de passe oublié ou compte bloqué ? Contactez l'administrateur de votre service ou le support informatique de votre poste.",

  "charter.title": "Charte d'utilisation",
  "charter.lead":
    "Cette charte fixe les règles que tout utilisateur de Diplomatie s'engage à respecter.",
  "charter.version": "Version {version}",
  "charter.mustAccept":
    "Avant d'accéder au portail, vous devez lire et accepter la charte d'utilisation.",
  "charter.mustAcceptUpdate":
    "La charte d'utilisation a été mise à jour. Lisez et acceptez la nouvelle version pour continuer.",
  "charter.accept": "J'accepte la charte",
  "charter.acceptedOn": "Vous avez accepté la version {version} de la charte le {date}.",
  "charter.purpose.title": "1. Objet",
  "charter.purpose.body":
    "La présente charte fixe les règles d'utilisation de Diplomatie, le portail interministériel de la correspondance diplomatique. Elle s'applique à toute personne disposant d'un compte : agents du ministère de l'Europe et des Affaires étrangères, agents des administrations partenaires et utilisateurs externes invités. L'accès au portail est subordonné à son acceptation.",
  "charter.needToKnow.title": "2. Besoin d'en connaître",
  "charter.needToKnow.body":
    "Vous n'accédez qu'aux informations nécessaires à l'exercice de vos fonctions. Le portail applique ce principe à chaque consultation : un document ne vous est présenté que si votre habilitation couvre sa mention de protection et si vous avez une raison d'y accéder (rédacteur, circuit de visas, destinataire, membre d'une communauté à laquelle il a été partagé).",
  "charter.needToKnow.duty":
    "Vous ne cherchez pas à contourner ces contrôles, vous ne communiquez à personne vos identifiants et vous ne transmettez aucune information à une personne qui n'a pas à en connaître, y compris au sein de votre service.",
  "charter.markings.title": "3. Mentions de protection",
  "charter.markings.body":
    "Chaque document porte une mention de protection qui détermine qui peut le lire et comment le manipuler :",
  "charter.markings.np":
    "information non sensible, accessible à tout utilisateur ayant à en connaître.",
  "charter.markings.dr":
    "information dont la divulgation porterait atteinte aux intérêts de l'État ; réservée aux utilisateurs titulaires d'une habilitation DR en cours de validité.",
  "charter.markings.drsf":
    "information DR réservée aux seuls ressortissants français ; elle n'est accessible ni aux agents de recrutement local des postes ni aux utilisateurs étrangers, même titulaires d'une habilitation DR.",
  "charter.markings.handling":
    "Vous apposez la mention adaptée à tout document que vous rédigez, vous ne l'abaissez pas sans l'accord de son émetteur et vous ne recopiez aucune information DR ou DR-SF vers un outil ou une messagerie qui n'est pas prévu pour cela.",
  "charter.classified.title": "4. Aucune information classifiée",
  "charter.classified.body":
    "Diplomatie n'est pas homologué pour les informations classifiées au titre du secret de la défense nationale. Il est strictement interdit d'y saisir, d'y déposer ou d'y transmettre une information classifiée (Secret, Très Secret). Le portail refuse ces niveaux ; toute information classifiée découverte sur le portail doit être signalée sans délai à l'officier de sécurité.",
  "charter.traceability.title": "5. Traçabilité des opérations",
  "charter.traceability.body":
    "Toutes les opérations effectuées sur le portail (connexions, consultations de documents protégés, créations, modifications, diffusions, opérations d'administration) sont enregistrées dans un journal des opérations inaltérable. Ce journal peut être consulté par les personnes habilitées à des fins de sécurité, de contrôle et d'enquête administrative.",
  "charter.personalData.title": "6. Données personnelles (RGPD)",
  "charter.personalData.body":
    "Le ministère de l'Europe et des Affaires étrangères traite vos données d'identification, d'affectation, d'habilitation et de connexion pour gérer votre accès au portail, tenir l'annuaire et assurer la sécurité du système d'information. Ce traitement repose sur l'exécution d'une mission d'intérêt public (article 6-1-e du règlement général sur la protection des données). Les informations de l'annuaire ne sont visibles que des utilisateurs du portail ; les traces de connexion sont conservées pendant la durée fixée par la politique de sécurité du ministère.",
  "charter.personalData.rights":
    "Vous disposez d'un droit d'accès, de rectification, de limitation et d'opposition, que vous exercez auprès du délégué à la protection des données du ministère. Vous pouvez également adresser une réclamation à la CNIL.",
  "charter.security.title": "7. Sécurité de votre compte",
  "charter.security.body":
    "Votre mot de passe est strictement personnel. Fermez votre session lorsque vous quittez votre poste de travail ; elle se ferme d'elle-même après une période d'inactivité. Signalez sans délai à votre administrateur toute utilisation suspecte de votre compte.",
  "charter.sanctions.title": "8. Sanctions",
  "charter.sanctions.body":
    "Tout manquement à la présente charte peut entraîner la suspension immédiate de l'accès au portail, sans préjudice des poursuites disciplinaires et pénales encourues, notamment au titre des obligations de secret et de discrétion professionnels des agents publics, de l'article 226-13 du code pénal (atteinte au secret professionnel) et des articles 323-1 et suivants du même code (atteintes aux systèmes de traitement automatisé de données).",

  "home.pageTitle": "Accueil",
  "home.title": "Bienvenue, {name}",
  "home.lead": "Voici votre situation sur le portail Diplomatie.",
  "home.identity": "Mon identité",
  "home.seeProfile": "Voir mon profil complet",
  "home.clearance": "Mon habilitation",
  "home.assignments": "Mes affectations",
  "home.roles": "Mes rôles",
  "home.communities": "Mes communautés",
  "home.directory": "Annuaire",
  "home.directoryLead":
    "Retrouvez un agent, une direction ou un poste à l'étranger, et l'organigramme des administrations.",
  "home.directoryLink": "Consulter l'annuaire",

  "identity.name": "Nom",
  "identity.givenName": "Prénom",
  "identity.familyName": "Nom de famille",
  "identity.jobTitle": "Fonction",
  "identity.jobTitleOptional": "Fonction (facultatif)",
  "identity.organization": "Organisation",
  "identity.principalUnit": "Unité principale",
  "identity.email": "Adresse électronique",
  "identity.nationality": "Nationalité",
  "identity.status": "Statut",
  "identity.stateAgent": "Agent de l'État",
  "identity.external": "Utilisateur externe",

  "assignments.none": "Aucune affectation.",
  "assignments.principal": "Affectation principale",
  "assignments.since": "Depuis le {date}",
  "assignments.period": "Du {from} au {to}",
  "roles.none": "Aucun rôle particulier.",
  "communities.none": "Vous n'êtes membre d'aucune communauté.",

  "profile.title": "Mon profil",
  "profile.identity": "Identité",
  "profile.clearance": "Habilitation",
  "profile.assignments": "Affectations",
  "profile.roles": "Rôles",
  "profile.communities": "Communautés",
  "profile.account": "Compte et session",
  "profile.charterAccepted": "Charte d'utilisation",
  "profile.charterAcceptedValue": "Version {version} acceptée le {date}",
  "profile.sessionExpires": "Fin de la session",
  "profile.idleTimeout": "Déconnexion après inactivité",
  "profile.minutes": "{count} min",
  "profile.readCharter": "Relire la charte d'utilisation",

  "directory.section": "Annuaire",
  "directory.title": "Annuaire",
  "directory.lead":
    "Recherchez un agent par son nom, et affinez par unité ou par pays d'affectation.",
  "directory.people": "Personnes",
  "directory.orgCharts": "Organigrammes",
  "directory.posts": "Réseau des postes",
  "directory.searchFormLabel": "Recherche dans l'annuaire",
  "directory.searchPerson": "Rechercher une personne",
  "directory.searchPersonHint": "Nom, prénom ou fonction",
  "directory.filterUnit": "Unité",
  "directory.allUnits": "Toutes les unités",
  "directory.filterCountry": "Pays",
  "directory.allCountries": "Tous les pays",
  "directory.submit": "Rechercher",
  "directory.reset": "Effacer les critères",
  "directory.results": "Résultats",
  "directory.resultsCaption": "Personnes correspondant à la recherche",

  "people.name": "Nom",
  "people.jobTitle": "Fonction",
  "people.principalUnit": "Unité principale",
  "people.organization": "Organisation",
  "people.noResult": "Aucune personne ne correspond à ces critères.",
  "people.count": "Personnes trouvées : {count}",
  "people.countMore": "Personnes affichées : {count} (d'autres résultats sont disponibles)",

  "unitPicker.search": "Filtrer les unités par nom ou sigle",
  "unitPicker.searchHint": "La liste ci-dessous se met à jour pendant la saisie.",
  "unitPicker.choose": "Unité choisie",
  "unitPicker.count": "Unités proposées : {count}",
  "unitPicker.refine": "Unités proposées : {count} premières ; précisez le filtre pour les autres.",

  "person.title": "Fiche de l'annuaire",
  "person.contact": "Coordonnées",
  "person.assignments": "Affectations",
  "person.roles": "Rôles",

  "unit.title": "Unité",
  "unit.edit": "Modifier l'unité",
  "unit.addChild": "Ajouter une sous-unité",
  "unit.children": "Sous-unités ({count})",
  "unit.noChildren": "Cette unité n'a pas de sous-unité.",
  "unit.members": "Membres ({count})",
  "unit.membersCaption": "Membres de l'unité {name}",

  "orgCharts.title": "Organigrammes",
  "orgCharts.lead": "Choisissez une organisation pour consulter son organigramme.",
  "orgChart.lead":
    "Les unités sont présentées de la tête de l'organisation jusqu'aux bureaux et aux postes. Dépliez une branche pour voir ses sous-unités.",
  "orgChart.empty": "Aucune unité n'est encore enregistrée pour cette organisation.",
  "orgChart.expandAll": "Tout déplier",
  "orgChart.collapseAll": "Tout replier",
  "orgChart.toggle": "Sous-unités de {name} ({count})",

  "posts.title": "Réseau des postes",
  "posts.lead": "Ambassades, consulats et représentations permanentes, par pays.",
  "posts.filter": "Filtrer par pays, poste ou ville",
  "posts.filterHint": "Par exemple : Allemagne, Munich",
  "posts.count": "Pays affichés : {count}",
  "posts.caption": "Postes à l'étranger par pays",
  "posts.country": "Pays",
  "posts.posts": "Postes",

  "admin.section": "Administration",
  "admin.users": "Utilisateurs",
  "admin.units": "Unités",
  "admin.journal": "Journal des opérations",

  "adminUsers.title": "Utilisateurs",
  "adminUsers.create": "Créer un utilisateur",
  "adminUsers.searchFormLabel": "Recherche parmi les comptes",
  "adminUsers.search": "Rechercher un utilisateur",
  "adminUsers.searchHint": "Nom, prénom ou adresse électronique",
  "adminUsers.status": "Statut du compte",
  "adminUsers.allStatuses": "Tous les statuts",
  "adminUsers.clearance": "Habilitation",
  "adminUsers.caption": "Comptes utilisateurs",
  "adminUsers.noResult": "Aucun compte ne correspond à ces critères.",
  "adminUsers.count": "Comptes trouvés : {count}",
  "adminUsers.countMore": "Comptes affichés : {count} (d'autres résultats sont disponibles)",

  "adminUserCreate.title": "Créer un utilisateur",
  "adminUserCreate.organization": "Organisation de rattachement",
  "adminUserCreate.nationalityHint":
    "Détermine l'accès aux documents DR-SF, réservés aux ressortissants français.",
  "adminUserCreate.password": "Mot de passe initial",
  "adminUserCreate.passwordHint":
    "Au moins 12 caractères. Transmettez-le à l'utilisateur par un canal distinct de son adresse électronique.",
  "adminUserCreate.submit": "Créer le compte",

  "adminUser.title": "Compte utilisateur",
  "adminUser.timestamps": "Compte créé le {created}, modifié le {updated}.",
  "adminUser.directoryCard": "Voir sa fiche dans l'annuaire",
  "adminUser.identity": "Identité et statut",
  "adminUser.statusHint": "Un compte désactivé ne peut plus se connecter.",
  "adminUser.assignments": "Affectations",
  "adminUser.clearances": "Habilitations",
  "adminUser.roles": "Rôles",

  "adminAssignments.caption": "Affectations de {name}",
  "adminAssignments.unit": "Unité",
  "adminAssignments.function": "Fonction",
  "adminAssignments.functionHint": "Par exemple : rédacteur, chef de poste, conseiller politique",
  "adminAssignments.principal": "Principale",
  "adminAssignments.period": "Période",
  "adminAssignments.remove": "Retirer",
  "adminAssignments.removeLabel": "Retirer l'affectation {label}",
  "adminAssignments.confirmRemove": "Retirer l'affectation « {label} » ?",
  "adminAssignments.add": "Ajouter une affectation",
  "adminAssignments.startsOn": "Date de début",
  "adminAssignments.endsOn": "Date de fin (facultatif)",
  "adminAssignments.endsOnHint": "Laissez vide pour une affectation sans date de fin.",
  "adminAssignments.isPrincipal": "Affectation principale",
  "adminAssignments.isPrincipalHint": "L'unité principale est celle affichée dans l'annuaire.",
  "adminAssignments.submit": "Ajouter l'affectation",

  "adminClearances.caption": "Habilitations de {name}",
  "adminClearances.none": "Aucune habilitation enregistrée.",
  "adminClearances.level": "Niveau",
  "adminClearances.validFrom": "Valable à partir du",
  "adminClearances.validUntil": "Valable jusqu'au",
  "adminClearances.state": "État",
  "adminClearances.current": "En vigueur",
  "adminClearances.expired": "Expirée",
  "adminClearances.future": "À venir",
  "adminClearances.revokedOn": "Retirée le {date}",
  "adminClearances.revoke": "Retirer",
  "adminClearances.revokeLabel": "Retirer l'habilitation {level} valable jusqu'au {date}",
  "adminClearances.confirmRevoke":
    "Retirer cette habilitation {level} ? Elle cessera immédiatement de produire effet.",
  "adminClearances.grant": "Accorder une habilitation",
  "adminClearances.drsfNote":
    "Il n'existe pas d'habilitation DR-SF : un titulaire d'une habilitation DR de nationalité française lit les documents DR-SF.",
  "adminClearances.submit": "Accorder l'habilitation",

  "adminRoles.caption": "Rôles de {name}",
  "adminRoles.role": "Rôle",
  "adminRoles.unit": "Unité concernée",
  "adminRoles.wholePlatform": "Toute la plateforme",
  "adminRoles.revoke": "Retirer",
  "adminRoles.revokeLabel": "Retirer le rôle {role}",
  "adminRoles.confirmRevoke": "Retirer le rôle « {role} » ?",
  "adminRoles.grant": "Attribuer un rôle",
  "adminRoles.unitRequired": "Choisissez l'unité sur laquelle s'exerce ce rôle.",
  "adminRoles.submit": "Attribuer le rôle",

  "adminUnits.title": "Unités",
  "adminUnits.create": "Créer une unité",
  "adminUnits.searchFormLabel": "Recherche parmi les unités",
  "adminUnits.search": "Rechercher une unité",
  "adminUnits.allKinds": "Tous les types",
  "adminUnits.caption": "Unités",
  "adminUnits.noResult": "Aucune unité ne correspond à ces critères.",
  "adminUnits.count": "Unités trouvées : {count}",
  "adminUnits.countMore": "Unités affichées : {count} (d'autres résultats sont disponibles)",
  "adminUnits.edit": "Modifier",
  "adminUnits.editLabel": "Modifier l'unité {name}",
  "adminUnits.organization": "Organisation",
  "adminUnits.parent": "Unité de rattachement",
  "adminUnits.noParent": "Aucune (unité de tête de l'organisation)",
  "adminUnits.kind": "Type d'unité",
  "adminUnits.name": "Nom",
  "adminUnits.nameHint": "Par exemple : Direction de l'Union européenne",
  "adminUnits.shortName": "Sigle",
  "adminUnits.shortNameHint": "Par exemple : DUE",
  "adminUnits.country": "Pays (facultatif)",
  "adminUnits.countryHint": "Pour les postes à l'étranger.",
  "adminUnits.noCountry": "Aucun",
  "adminUnits.city": "Ville (facultatif)",
  "adminUnits.cityHint": "Ville d'implantation du poste.",

  "adminUnitCreate.title": "Créer une unité",
  "adminUnitCreate.under": "Sous-unité de : {name}",
  "adminUnitCreate.submit": "Créer l'unité",
  "adminUnitEdit.title": "Modifier l'unité {name}",
  "adminUnitEdit.seeInDirectory": "Voir l'unité dans l'annuaire",
  "adminUnitEdit.readOnly": "Vous n'avez pas le droit de modifier cette unité.",

  "journal.title": "Journal des opérations",
  "journal.lead":
    "Chaque opération est enregistrée dans un journal inaltérable : chaque entrée est liée à la précédente par son empreinte.",
  "journal.searchFormLabel": "Filtrer le journal",
  "journal.filterAction": "Action",
  "journal.filterActionHint": "Par exemple : auth.login, user.update",
  "journal.filter": "Filtrer",
  "journal.caption": "Opérations, de la plus récente à la plus ancienne",
  "journal.noResult": "Aucune opération ne correspond à ce filtre.",
  "journal.count": "Opérations affichées : {count}",
  "journal.seq": "N°",
  "journal.at": "Date",
  "journal.actor": "Auteur",
  "journal.action": "Action",
  "journal.target": "Objet",
  "journal.ip": "Adresse IP",
  "journal.hash": "Empreinte",
  "journal.system": "Système",

  "form.allRequired": "Sauf mention contraire, tous les champs sont obligatoires.",
  "form.choose": "Choisir dans la liste",
  "form.save": "Enregistrer",
  "form.saved": "Les modifications ont été enregistrées.",
  "form.noChange": "Aucune modification à enregistrer.",
  "form.cancel": "Annuler",
  "form.actions": "Actions",
  "form.required": "Ce champ est obligatoire.",
  "form.invalid": "Cette valeur n'est pas valide.",
  "form.tooShort": "Saisissez au moins {min} caractères.",
  "form.tooLong": "Saisissez au plus {max} caractères.",
  "form.email":
    "Saisissez une adresse électronique valide, par exemple prenom.nom@diplomatie.gouv.fr.",
  "form.date": "Saisissez une date valide.",
  "form.endsBeforeStart": "La date de fin doit être postérieure à la date de début.",
  "form.countryCode": "Choisissez un pays dans la liste.",
  "form.controlCharacter": "Ce texte contient des caractères non autorisés.",

  "help.title": "Aide",
  "help.lead": "Les réponses aux questions les plus fréquentes sur l'utilisation de Diplomatie.",
  "help.readCharter": "Lire la charte d'utilisation",
  "help.signIn.title": "Se connecter",
  "help.signIn.howQ": "Comment me connecter ?",
  "help.signIn.howA":
    "Saisissez l'adresse électronique de votre compte et votre mot de passe sur la page de connexion. Votre session se ferme automatiquement après une période d'inactivité ; pensez à vous déconnecter lorsque vous quittez votre poste de travail.",
  "help.signIn.forgotQ": "J'ai oublié mon mot de passe. Que faire ?",
  "help.signIn.forgotA":
    "Contactez l'administrateur de votre service ou le support informatique de votre poste : il vous attribuera un nouveau mot de passe initial.",
  "help.signIn.lockedQ": "Pourquoi ma connexion est-elle refusée ?",
  "help.signIn.lockedA":
    "Après plusieurs tentatives infructueuses, la connexion est suspendue quelques minutes. Si votre compte a été désactivé, seul un administrateur peut le réactiver.",
  "help.signIn.charterQ": "Pourquoi dois-je accepter une charte ?",
  "help.signIn.charterA":
    "La charte d'utilisation rappelle vos obligations (besoin d'en connaître, mentions de protection, interdiction des informations classifiées). Vous l'acceptez à la première connexion et à chaque nouvelle version.",
  "help.markings.title": "Mentions de protection",
  "help.markings.whatQ": "Que signifient les mentions NP, DR et DR-SF ?",
  "help.markings.whatA":
    "La mention de protection indique le niveau de sensibilité d'un document et qui peut le lire :",
  "help.markings.drsfQ":
    "Pourquoi ne puis-je pas lire un document DR-SF alors que je suis habilité DR ?",
  "help.markings.drsfA":
    "La mention DR-SF (Diffusion Restreinte Spécial France) réserve un document DR aux ressortissants français. Les agents de recrutement local et les utilisateurs étrangers n'y ont pas accès, même avec une habilitation DR.",
  "help.markings.classifiedQ": "Puis-je déposer un document Secret ou Très Secret ?",
  "help.markings.classifiedA":
    "Non. Diplomatie n'est pas homologué pour les informations classifiées et refuse ces niveaux. Utilisez les moyens prévus à cet effet et, en cas de doute, adressez-vous à l'officier de sécurité.",
  "help.directory.title": "Annuaire",
  "help.directory.searchQ": "Comment trouver un agent ?",
  "help.directory.searchA":
    "Dans l'annuaire, saisissez tout ou partie de son nom. Vous pouvez limiter la recherche à une unité ou à un pays, puis afficher plus de résultats en bas de la liste.",
  "help.directory.missingQ": "Une personne ou une unité n'apparaît pas. Pourquoi ?",
  "help.directory.missingA":
    "L'annuaire ne présente que les personnes et unités qui vous sont visibles. Si une information vous semble manquer ou erronée, signalez-le à l'administrateur de votre service.",
  "help.directory.postsQ": "Où trouver les ambassades et les consulats ?",
  "help.directory.postsA":
    "La rubrique « Réseau des postes » de l'annuaire présente les ambassades, consulats et représentations permanentes, classés par pays.",
  "help.privacy.title": "Confidentialité",
  "help.privacy.dataQ": "Quelles données me concernant sont visibles ?",
  "help.privacy.dataA":
    "Les autres utilisateurs voient votre nom, votre fonction, votre organisation, vos affectations et votre adresse électronique professionnelle. Votre habilitation et votre nationalité ne sont visibles que de vous et des administrateurs.",
  "help.privacy.traceQ": "Mes opérations sont-elles enregistrées ?",
  "help.privacy.traceA":
    "Oui. Les connexions, les consultations de documents protégés et les modifications sont inscrites dans un journal des opérations inaltérable, consultable par les seules personnes habilitées.",
  "help.privacy.rightsQ": "Comment exercer mes droits sur mes données personnelles ?",
  "help.privacy.rightsA":
    "Adressez-vous au délégué à la protection des données du ministère de l'Europe et des Affaires étrangères. Vous pouvez aussi adresser une réclamation à la CNIL.",

  "accessibility.title": "Accessibilité",
  "accessibility.commitment":
    "Le ministère de l'Europe et des Affaires étrangères s'engage à rendre ses services numériques accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.",
  "accessibility.statusTitle": "État de conformité",
  "accessibility.status":
    "Diplomatie n'a pas encore fait l'objet d'un audit de conformité au référentiel général d'amélioration de l'accessibilité (RGAA) : il est donc déclaré non conforme.",
  "accessibility.effortsTitle": "Mesures prises",
  "accessibility.effortDsfr":
    "Le portail utilise le Système de design de l'État (DSFR), conçu pour être accessible.",
  "accessibility.effortKeyboard":
    "Toutes les fonctions sont utilisables au clavier ; des liens d'évitement permettent d'atteindre directement le contenu.",
  "accessibility.effortTests":
    "Des tests automatisés d'accessibilité sont exécutés sur les pages principales à chaque évolution.",
  "accessibility.contactTitle": "Retour d'information et contact",
  "accessibility.contact":
    "Si vous ne parvenez pas à accéder à un contenu ou à un service, contactez le support informatique de votre service pour être orienté vers une alternative accessible.",
  "accessibility.remedyTitle": "Voies de recours",
  "accessibility.remedy":
    "Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des droits.",

  "legal.title": "Mentions légales",
  "legal.publisherTitle": "Éditeur",
  "legal.publisher":
    "Ministère de l'Europe et des Affaires étrangères, 37 quai d'Orsay, 75007 Paris. Directeur de la publication : le secrétaire général du ministère.",
  "legal.hostingTitle": "Hébergement",
  "legal.hosting":
    "Le portail est hébergé dans les centres informatiques du ministère de l'Europe et des Affaires étrangères.",
  "legal.dataTitle": "Données personnelles",
  "legal.data":
    "Les données personnelles traitées par le portail et les droits dont vous disposez sont décrits dans la charte d'utilisation.",
  "legal.termsTitle": "Conditions d'utilisation",
  "legal.terms": "L'utilisation du portail est soumise à l'acceptation de la",
  "nav.correspondence": "Correspondance",
  "common.newWindowTitle": "{label} - nouvelle fenêtre",

  "correspondence.section": "Correspondance",
  "correspondence.draft": "Brouillon",
  "correspondence.newTelegram": "Nouveau télégramme",
  "correspondence.newNote": "Nouvelle note",
  "correspondence.newFormalEmail": "Nouveau courriel",
  "correspondence.markingBanner": "{marking}",

  "correspondenceKind.telegram": "Télégramme diplomatique",
  "correspondenceKind.note": "Note diplomatique",
  "correspondenceKind.formal_email": "Courriel formel",

  "correspondenceState.draft": "Brouillon",
  "correspondenceState.in_circuit": "En circuit de visas",
  "correspondenceState.dispatched": "Diffusé",

  "precedence.flash": "Flash",
  "precedence.immediate": "Immédiat",
  "precedence.priority": "Prioritaire",
  "precedence.routine": "Routine",

  "inbox.pageTitle": "{box} — Correspondance",
  "inbox.action.title": "À traiter",
  "inbox.action.lead":
    "Les documents adressés pour action à vous-même, à vos unités ou à vos communautés.",
  "inbox.action.caption": "Documents à traiter, du plus récent au plus ancien",
  "inbox.action.none": "Aucun document à traiter.",
  "inbox.info.title": "Pour information",
  "inbox.info.lead":
    "Les documents adressés pour information à vous-même, à vos unités ou à vos communautés.",
  "inbox.info.caption": "Documents reçus pour information, du plus récent au plus ancien",
  "inbox.info.none": "Aucun document reçu pour information.",
  "inbox.sent.title": "Envoyés",
  "inbox.sent.lead": "Les documents que vous avez rédigés et qui ont été diffusés.",
  "inbox.sent.caption": "Documents envoyés, du plus récent au plus ancien",
  "inbox.sent.none": "Aucun document envoyé.",
  "inbox.drafts.title": "Brouillons",
  "inbox.drafts.lead":
    "Les documents que vous rédigez ou co-rédigez et qui n'ont pas encore été diffusés.",
  "inbox.drafts.caption": "Brouillons, du plus récemment modifié au plus ancien",
  "inbox.drafts.none": "Aucun brouillon.",
  "inbox.count": "Documents affichés : {count}",
  "inbox.countMore": "Documents affichés : {count} (d'autres documents sont disponibles)",
  "inbox.reference": "Référence",
  "inbox.subject": "Objet",
  "inbox.precedence": "Urgence",
  "inbox.marking": "Mention",
  "inbox.originUnit": "Unité d'origine",
  "inbox.handling": "Traitement",
  "inbox.dispatchedAt": "Diffusé le",
  "inbox.savedAt": "Enregistré le",

  "editor.newTitle.telegram": "Nouveau télégramme",
  "editor.newTitle.note": "Nouvelle note diplomatique",
  "editor.newTitle.formal_email": "Nouveau courriel formel",
  "editor.newLead":
    "Chaque enregistrement crée une nouvelle version du brouillon. Le document n'est diffusé qu'après son circuit de visas et sa signature.",
  "editor.editTitle": "Modifier le brouillon ({kind})",
  "editor.noUnit":
    "Vous ne pouvez pas rédiger de document sur ce portail : il faut une affectation en cours dans une unité du ministère. Contactez l'administrateur de votre service.",
  "editor.requiredHint":
    "Seul l'objet est obligatoire pour enregistrer un brouillon. Les règles du guide qui restent à respecter sont signalées après chaque enregistrement.",
  "editor.hasErrors":
    "Le brouillon n'a pas été enregistré : corrigez les champs signalés ci-dessous.",
  "editor.version": "Version {version}, enregistrée le {date}.",
  "editor.description": "Description",
  "editor.originUnit": "Unité d'origine",
  "editor.originUnitHint": "Le document est émis au nom de cette unité.",
  "editor.subject": "Objet",
  "editor.summary": "Résumé (facultatif)",
  "editor.summaryHint": "Quelques lignes qui disent l'essentiel.",
  "editor.summaryHintTelegram":
    "Trois lignes au plus, qui disent l'essentiel. Lignes saisies : {count} sur {max}.",
  "editor.precedence": "Urgence",
  "editor.precedenceHint": "Un télégramme flash se justifie au paragraphe 1 (voir le guide).",
  "editor.marking": "Mention de protection du document",
  "editor.markingHint":
    "Les niveaux classifiés (Secret, Très Secret) sont interdits sur ce portail. La mention du document ne peut pas être inférieure à celle de ses paragraphes : abaissez d'abord leur mention.",
  "editor.addressees": "Destinataires",
  "editor.noteSection": "Note diplomatique",
  "editor.emailSection": "Courriel",
  "editor.paragraphs": "Texte (paragraphes numérotés)",
  "editor.emailBody": "Corps du message",
  "editor.indexing": "Indexation et références",
  "editor.save": "Enregistrer le brouillon",
  "editor.saving": "Enregistrement…",
  "editor.saved": "Brouillon enregistré : version {version}.",
  "editor.created": "Brouillon créé : version {version}.",
  "editor.seeDocument": "Voir le document",
  "editor.readOnly":
    "Ce document ne peut pas être modifié : seuls son rédacteur et ses co-rédacteurs modifient un brouillon, et un document diffusé ne change plus.",
  "editor.conflictTitle": "Une version plus récente a été enregistrée",
  "editor.conflictBody":
    "Quelqu'un a enregistré une version plus récente de ce brouillon pendant que vous le modifiiez : votre enregistrement a été refusé pour ne pas effacer son travail. Rechargez la dernière version, puis reportez-y vos modifications (copiez-les auparavant : elles seront remplacées).",
  "editor.reload": "Recharger la dernière version",
  "editor.problem.aboveDocumentMarking":
    "Un paragraphe ne peut pas porter une mention supérieure à celle du document.",
  "editor.problem.unknownReference":
    "Une référence (REF) désigne un document inexistant ou qui ne vous est pas accessible.",
  "editor.problem.unknownAddressee": "Un destinataire n'existe pas ou plus.",
  "editor.problem.duplicateAddressee": "Ce destinataire figure déjà dans la liste.",
  "editor.problem.notYourUnit": "Vous n'êtes pas affecté à cette unité.",
  "editor.problem.unknownMarking": "Choisissez une mention de protection dans la liste.",

  "paragraphs.none": "Aucun paragraphe.",
  "paragraphs.legend": "Paragraphe {number}",
  "paragraphs.which": "le paragraphe {number}",
  "paragraphs.marking": "Mention du paragraphe {number}",
  "paragraphs.markingHint": "Jamais supérieure à la mention du document.",
  "paragraphs.text": "Texte du paragraphe {number}",
  "paragraphs.moveUp": "Monter",
  "paragraphs.moveDown": "Descendre",
  "paragraphs.remove": "Supprimer",
  "paragraphs.add": "Ajouter un paragraphe",
  "paragraphs.moved": "Paragraphe {from} déplacé en position {to}.",
  "paragraphs.removed": "Paragraphe {number} supprimé.",
  "paragraphs.confirmRemove": "Supprimer le paragraphe {number} et son texte ?",

  "addressees.mode.action": "Pour action",
  "addressees.mode.info": "Pour information",
  "addressees.type.unit": "Unité",
  "addressees.type.user": "Personne",
  "addressees.type.community": "Communauté",
  "addressees.noneForMode": "Aucun destinataire.",
  "addressees.switchToInfo": "Passer pour information",
  "addressees.switchToAction": "Passer pour action",
  "addressees.remove": "Retirer",
  "addressees.addLegend": "Ajouter un destinataire",
  "addressees.typeLegend": "Type de destinataire",
  "addressees.unit": "Unité destinataire",
  "addressees.person": "Personne destinataire",
  "addressees.modeLegend": "Le destinataire reçoit le document",
  "addressees.add": "Ajouter le destinataire",
  "addressees.chooseUnit": "Choisissez une unité dans la liste.",
  "addressees.choosePerson": "Choisissez une personne dans la liste.",
  "addressees.added": "Destinataire ajouté ({mode}).",
  "addressees.switched": "Destinataire passé « {mode} ».",
  "addressees.removed": "Destinataire retiré.",
  "addressees.deadline": "Date limite de traitement (facultatif)",
  "addressees.deadlineHint": "Date à laquelle les destinataires pour action doivent avoir répondu.",

  "addressee.unknownUnit": "Unité inaccessible",
  "addressee.unknownPerson": "Personne inaccessible",
  "addressee.community": "Communauté",

  "personPicker.search": "Filtrer les personnes par nom",
  "personPicker.searchHint": "La liste ci-dessous se met à jour pendant la saisie.",
  "personPicker.choose": "Personne choisie",
  "personPicker.count": "Personnes proposées : {count}",
  "personPicker.refine":
    "Personnes proposées : {count} premières ; précisez le filtre pour les autres.",

  "indexing.tags": "Mots-clés libres (facultatif)",
  "indexing.tagsHint":
    "Séparés par des virgules ; le guide en recommande {max} au plus. Mots-clés saisis : {count}.",
  "indexing.tooManyTags":
    "{count} mots-clés : le guide en recommande {max} au plus. Préférez les pays et les références.",
  "indexing.country": "Pays concerné (facultatif)",
  "indexing.countryHint": "Choisissez un pays puis ajoutez-le ; répétez pour plusieurs pays.",
  "indexing.addCountry": "Ajouter le pays",
  "indexing.countryTags": "Pays concernés",
  "indexing.removeCountry": "Retirer le pays {country}",
  "indexing.countryAdded": "Pays ajouté : {country}.",
  "indexing.countryRemoved": "Pays retiré : {country}.",
  "indexing.reference": "REF — document antérieur (facultatif)",
  "indexing.referenceHint":
    "Collez l'adresse de la page du document, ou son identifiant, puis ajoutez-le.",
  "indexing.referenceInvalid":
    "Saisissez l'adresse ou l'identifiant d'un document, par exemple 3f2c5a9e-1b7d-4c8e-9f3a-2d6b8e1c4a7f.",
  "indexing.addReference": "Ajouter la référence",
  "indexing.references": "Références (REF)",
  "indexing.referenceItem": "Document {id}",
  "indexing.removeReference": "Retirer",
  "indexing.referenceAdded": "Référence ajoutée.",
  "indexing.referenceRemoved": "Référence retirée.",

  "note.senderEntity": "Entité émettrice",
  "note.senderEntityHint": "Par exemple : L'Ambassade de France aux États-Unis",
  "note.recipientEntity": "Entité destinataire",
  "note.recipientEntityHint": "Avec son article, par exemple : le Département d'État",
  "note.place": "Lieu",
  "note.placeHint": "Par exemple : Washington",
  "note.language": "Langue de la note",
  "note.formulas": "Formules de la note",
  "note.placeAndDate": "{place}, le {date}",
  "note.formulasAfterSave":
    "Le portail compose les formules d'ouverture et de clôture à partir des entités et de la langue, à l'enregistrement du brouillon.",
  "note.formulasSaved": "Formules composées à partir de la dernière version enregistrée :",
  "note.formulasOutdated":
    "Les entités ou la langue ont changé : enregistrez le brouillon pour mettre à jour ces formules, composées à partir de la dernière version enregistrée :",

  "noteFormula.opening": "{sender} présente ses compliments {recipient} et a l'honneur de …",
  "noteFormula.closing":
    "{sender} saisit cette occasion pour renouveler {recipient} les assurances de sa très haute considération.",

  "email.to": "Destinataires (À)",
  "email.cc": "Copie (Cc)",
  "email.listHint":
    "Adresses électroniques séparées par des virgules, par exemple prenom.nom@diplomatie.gouv.fr.",

  "coEditor.invite": "Inviter un co-rédacteur",
  "coEditor.lead":
    "Un co-rédacteur peut modifier ce brouillon tant qu'il n'est pas soumis au circuit de visas.",
  "coEditor.person": "Co-rédacteur",
  "coEditor.submit": "Inviter",
  "coEditor.choose": "Choisissez une personne dans la liste.",
  "coEditor.added": "{name} peut désormais modifier ce brouillon.",
  "coEditor.already": "Cette personne peut déjà modifier ce brouillon.",

  "detail.title": "Correspondance",
  "detail.edit": "Modifier",
  "detail.header": "En-tête",
  "detail.kind": "Nature",
  "detail.reference": "Référence",
  "detail.state": "État",
  "detail.stateVersion": "{state} — version {version}",
  "detail.precedence": "Urgence",
  "detail.marking": "Mention de protection",
  "detail.originUnit": "Unité d'origine",
  "detail.drafter": "Rédacteur",
  "detail.deadline": "Date limite de traitement",
  "detail.tags": "Mots-clés",
  "detail.countryTags": "Pays",
  "detail.references": "REF",
  "detail.referenceLink": "REF {number} — document {id}",
  "detail.subject": "Objet",
  "detail.summary": "Résumé",
  "detail.noSummary": "Pas de résumé.",
  "detail.text": "Texte",
  "detail.none": "Aucun",
  "detail.pdf": "Version PDF (nouvel onglet)",
  "detail.print": "Imprimer",
  "detail.referenceIs": "Référence :",
  "detail.dispatchedOn": "Diffusé le {date}.",

  "versions.title": "Versions",
  "versions.caption": "Versions enregistrées, de la plus récente à la plus ancienne",
  "versions.version": "Version",
  "versions.author": "Auteur",
  "versions.date": "Date",
  "versions.number": "Version {version}",

  "guideWarnings.title": "Règles du guide à respecter avant la signature ({count})",
  "guideWarnings.lead":
    "La dernière version enregistrée ne respecte pas encore ces règles. Vous pouvez continuer à enregistrer ; elles devront être respectées avant la signature :",
  "guideWarnings.none": "La dernière version enregistrée respecte les règles du guide.",

  "guideRule.telegram_needs_summary": "Un télégramme doit comporter un résumé.",
  "guideRule.summary_three_lines": "Le résumé d'un télégramme tient en trois lignes au plus.",
  "guideRule.flash_needs_justification":
    "Un télégramme flash doit être justifié : son paragraphe 1 commence par « Justification : ».",
  "guideRule.at_most_five_free_tags":
    "Cinq mots-clés libres au plus ; utilisez les pays et les références pour le reste.",
  "guideRule.needs_a_paragraph": "Le document doit comporter au moins un paragraphe.",
  "guideRule.needs_an_addressee": "Le document doit avoir au moins un destinataire.",
  "guideRule.action_needs_deadline":
    "Un document adressé pour action doit porter une date limite de traitement.",
  "guideRule.note_needs_entities":
    "Une note diplomatique doit indiquer ses entités émettrice et destinataire, et son lieu.",
  "guideRule.email_needs_recipient": "Un courriel formel doit avoir au moins un destinataire (À).",

  "guide.link": "Guide de la correspondance",
  "guide.title": "Guide de la correspondance diplomatique",
  "guide.lead":
    "Les règles de rédaction des télégrammes, notes et courriels formels. Le portail vérifie ces règles pendant la rédaction et les signale avant la signature.",
  "guide.kinds.title": "Quel document choisir ?",
  "guide.kinds.telegram":
    "Le télégramme diplomatique (TD) est la correspondance officielle entre l'administration centrale et les postes : compte rendu d'entretien, analyse, demande d'instructions, instructions. Il porte une urgence, un résumé, des paragraphes numérotés avec leur mention de protection, des destinataires pour action et pour information, et un numéro par poste et par année.",
  "guide.kinds.note":
    "La note diplomatique (ou note verbale) s'adresse à un autre État ou à une organisation internationale. Rédigée à la troisième personne, elle s'ouvre et se ferme par des formules de courtoisie, porte un numéro annuel, un lieu et une date ; elle est paraphée, non signée.",
  "guide.kinds.formalEmail":
    "Le courriel formel sert aux échanges officiels avec des correspondants qui n'ont pas accès au portail (De, À, Cc). Il rejoint les mêmes boîtes et le même archivage que les autres documents ; n'y recourez pas quand un télégramme convient.",
  "guide.precedence.title": "L'urgence",
  "guide.precedence.lead":
    "L'urgence fixe l'ordre de traitement chez les destinataires. Choisissez la plus basse qui convient : une urgence surévaluée fait perdre leur sens aux autres.",
  "guide.precedence.flash":
    "à traiter sans délai, de jour comme de nuit ; réservé aux situations de crise.",
  "guide.precedence.immediate":
    "à traiter dans l'heure ; accusé de réception exigé, comme pour le flash.",
  "guide.precedence.priority": "à traiter dans la journée.",
  "guide.precedence.routine": "à traiter dans les délais ordinaires ; c'est le cas général.",
  "guide.precedence.flashTitle": "Quand le flash est-il justifié ?",
  "guide.precedence.flashWhen":
    "Seulement lorsqu'une décision ou une action ne peut pas attendre : menace pour la sécurité de nos ressortissants ou de nos agents, crise politique ou sécuritaire en cours, décision imminente d'un gouvernement étranger qui appelle une réaction immédiate.",
  "guide.precedence.flashJustification":
    "Le paragraphe 1 d'un télégramme flash commence par « Justification : » et dit pourquoi le flash s'impose. À défaut, le portail le signale et la signature est refusée.",
  "guide.markings.title": "Les mentions de protection",
  "guide.markings.lead": "La mention d'un document détermine qui peut le lire :",
  "guide.markings.choose":
    "Choisissez la mention d'après le contenu le plus sensible du document, ni plus ni moins : une mention trop élevée prive de l'information des lecteurs qui en ont besoin.",
  "guide.markings.classified":
    "Les niveaux classifiés (Secret, Très Secret) ne sont jamais traités sur ce portail, qui n'est pas homologué pour eux : utilisez les moyens prévus à cet effet et, en cas de doute, adressez-vous à l'officier de sécurité.",
  "guide.paragraphs.title": "La mention de chaque paragraphe",
  "guide.paragraphs.body":
    "Chaque paragraphe porte sa propre mention, qui ne peut pas dépasser celle du document ({markings}). Le portail ne propose pour un paragraphe que les mentions permises, et refuse d'abaisser la mention du document sous celle d'un de ses paragraphes.",
  "guide.paragraphs.example":
    "Exemple : un télégramme DR peut contenir un paragraphe NP qui rapporte une déclaration publique, et un paragraphe DR qui rapporte les propos tenus en privé.",
  "guide.indexing.title": "Objet, résumé et indexation",
  "guide.indexing.subject":
    "L'objet dit en une ligne de quoi traite le document, en commençant par le pays ou l'organisation concernée, par exemple « États-Unis — politique commerciale ».",
  "guide.indexing.summary":
    "Le résumé d'un télégramme tient en trois lignes au plus : ce qu'il faut retenir si l'on ne lit rien d'autre.",
  "guide.indexing.tags":
    "Indexez avec {max} mots-clés libres au plus, et autant de pays que nécessaire (codes ISO). Le plan de classement est appliqué automatiquement à partir de la nature, de l'unité et des mots-clés : n'en ajoutez pas pour classer.",
  "guide.indexing.references":
    "Les références (REF) relient le document aux correspondances antérieures auxquelles il fait suite ou répond ; un rectificatif porte toujours en REF le document qu'il corrige.",
  "guide.addressees.title": "Les destinataires",
  "guide.addressees.modes":
    "Un destinataire pour action doit traiter le document (accuser réception, l'attribuer, y répondre) ; un destinataire pour information en prend connaissance. Les destinataires pour action sont toujours listés en premier. Adressez-vous à une unité plutôt qu'à une personne : le document reste traité quand les agents changent.",
  "guide.addressees.deadline":
    "Un document adressé pour action porte une date limite de traitement ; les documents en retard sont signalés aux destinataires.",
  "guide.note.title": "La note diplomatique",
  "guide.note.lead":
    "La note est rédigée à la troisième personne, au nom de l'entité émettrice (ambassade, ministère), et adressée à une entité (ministère des affaires étrangères, ambassade, organisation internationale).",
  "guide.note.formulasTitle": "Les formules d'ouverture et de clôture",
  "guide.note.generated":
    "Le portail compose ces formules à partir des entités émettrice et destinataire, en français ou en anglais selon la langue de la note. Saisissez l'entité destinataire avec son article (« le Département d'État ») : le portail écrit « au Département d'État ».",
  "guide.note.exampleTitle": "Exemple",
  "guide.note.signature":
    "La note porte un numéro annuel, le lieu et la date ; elle est paraphée par l'autorité de l'entité émettrice, non signée.",
  "guide.email.title": "Le courriel formel",
  "guide.email.body":
    "Indiquez au moins un destinataire (À), et en copie (Cc) les seules personnes qui doivent en connaître. Le corps du message se rédige en paragraphes, comme un télégramme ; sa mention de protection s'applique de la même façon.",
  "guide.rules.title": "Les règles vérifiées pendant la rédaction",
  "guide.rules.lead":
    "Après chaque enregistrement, le portail signale les règles que le brouillon ne respecte pas encore. Elles n'empêchent pas d'enregistrer, mais doivent être respectées avant la signature :",
  "guide.rules.paragraphMarking":
    "Un paragraphe ne peut pas porter une mention supérieure à celle du document : l'enregistrement est refusé.",
  "guide.rules.classified":
    "Une mention classifiée (Secret, Très Secret) est refusée : ce portail n'est pas homologué pour ces informations.",

  "attachments.title": "Pièces jointes ({count})",
  "attachments.none": "Aucune pièce jointe.",
  "attachments.download": "Télécharger {name}",
  "attachments.details": "({type}, {size})",
  "attachments.upload": "Joindre un fichier",
  "attachments.uploadHint":
    "Un fichier à la fois. Il est conservé tel quel et toujours proposé au téléchargement, jamais ouvert par le portail.",
  "attachments.submit": "Joindre le fichier",
  "attachments.uploading": "Envoi du fichier…",
  "attachments.choose": "Choisissez un fichier à joindre.",
  "attachments.added": "Pièce jointe ajoutée : {name}.",
  "attachments.tooLarge":
    "Ce fichier est trop volumineux : une pièce jointe ne peut pas dépasser {max}. Réduisez-le ou découpez-le, puis réessayez.",
  "attachments.tooLargeNoLimit":
    "Ce fichier dépasse la taille maximale autorisée pour une pièce jointe. Réduisez-le ou découpez-le, puis réessayez.",

  "circuit.title": "Circuit de visas et signature",
  "circuit.none": "Ce document n'a pas encore été soumis au circuit de visas.",
  "circuit.caption": "Étapes du circuit, dans l'ordre",
  "circuit.step": "Étape",
  "circuit.assignee": "Attributaire",
  "circuit.statusHeader": "Statut",
  "circuit.decidedBy": "Décision prise par",
  "circuit.comment": "Commentaire",
  "circuit.date": "Date",
  "circuit.stepNumber": "{number}. {kind}",
  "circuit.kind.visa": "Visa",
  "circuit.kind.signature": "Signature",
  "circuit.round": "Circuit n° {round}",
  "circuit.notDecided": "—",
  "circuit.noComment": "—",
  "circuit.unitHead": "Chef de l'unité {unit} ({shortName})",
  "circuit.status.waiting": "À venir",
  "circuit.status.pending": "En attente de décision",
  "circuit.status.approved": "Visé",
  "circuit.status.signed": "Signé",
  "circuit.status.returned": "Renvoyé au rédacteur",
  "circuit.status.delegated": "Délégué",
  "circuit.status.skipped": "Sans objet",

  "submitCircuit.open": "Soumettre au circuit",
  "submitCircuit.lead":
    "Les visas sont demandés dans l'ordre de la liste, puis la signature. Pendant le circuit, le brouillon ne peut plus être modifié ; un visa peut vous le renvoyer avec un commentaire.",
  "submitCircuit.visas": "Visas ({count})",
  "submitCircuit.noVisa": "Aucun visa : le document ira directement à la signature.",
  "submitCircuit.visaItem": "Visa {number} : {name}",
  "submitCircuit.addVisa": "Ajouter un visa",
  "submitCircuit.visaType": "Le visa est donné par",
  "submitCircuit.visaType.user": "Une personne",
  "submitCircuit.visaType.unit": "Le chef d'une unité",
  "submitCircuit.visaPerson": "Personne qui vise",
  "submitCircuit.visaUnit": "Unité dont le chef vise",
  "submitCircuit.addVisaButton": "Ajouter le visa",
  "submitCircuit.alreadyListed": "Ce visa figure déjà dans la liste.",
  "submitCircuit.tooMany": "Un circuit compte au plus {max} visas.",
  "submitCircuit.visaAdded": "Visa {number} ajouté : {name}.",
  "submitCircuit.visaMoved": "{name} déplacé en position {number}.",
  "submitCircuit.visaRemoved": "Visa retiré : {name}.",
  "submitCircuit.signature": "Signature",
  "submitCircuit.signerHint":
    "Seule une personne qui a délégation de signature pour l'unité d'origine ({unit}) et qui peut lire ce document est acceptée comme signataire.",
  "submitCircuit.signer": "Signataire",
  "submitCircuit.chooseSigner": "Choisissez le signataire dans la liste.",
  "submitCircuit.refused": "Le circuit n'a pas été soumis",
  "submitCircuit.submit": "Valider et soumettre",
  "submitCircuit.sending": "Soumission…",
  "submitCircuit.done": "Document soumis au circuit : le premier visa est demandé à {name}.",
  "submitCircuit.doneToSigner": "Document soumis au circuit : la signature est demandée à {name}.",
  "submitCircuit.problem.duplicate":
    "Visa {number} ({name}) : ce visa figure deux fois dans le circuit.",
  "submitCircuit.problem.noHead":
    "Visa {number} ({name}) : cette unité n'a pas de chef en poste habilité à lire ce document.",
  "submitCircuit.problem.visaCannotRead":
    "Visa {number} ({name}) : cette personne ne peut pas lire ce document (il faut un agent du ministère habilité au niveau de sa mention).",
  "submitCircuit.problem.visaInvalid": "Visa {number} ({name}) : ce visa n'est pas accepté.",
  "submitCircuit.problem.notAReleaser":
    "Signataire ({name}) : cette personne n'a pas délégation de signature pour l'unité d'origine ({unit}). Choisissez le chef de poste ou une personne qui a cette délégation.",
  "submitCircuit.problem.signerCannotRead":
    "Signataire ({name}) : cette personne ne peut pas lire ce document (habilitation insuffisante pour sa mention).",

  "decision.titleVisa": "Votre visa",
  "decision.titleReturn": "Renvoyer au rédacteur",
  "decision.legend": "Décision",
  "decision.option.approve": "Viser (approuver)",
  "decision.option.return": "Renvoyer au rédacteur, avec un commentaire",
  "decision.option.delegate": "Déléguer ce visa à une autre personne",
  "decision.delegate": "Délégataire",
  "decision.comment": "Commentaire (facultatif)",
  "decision.commentReturn": "Commentaire",
  "decision.commentReturnHint": "Dites au rédacteur ce qu'il doit corriger.",
  "decision.commentRequired": "Un renvoi au rédacteur doit être motivé : saisissez un commentaire.",
  "decision.chooseDelegate": "Choisissez le délégataire dans la liste.",
  "decision.submit.approve": "Viser",
  "decision.submit.return": "Renvoyer au rédacteur",
  "decision.submit.delegate": "Déléguer",
  "decision.done.approve": "Visa enregistré : l'étape suivante du circuit est ouverte.",
  "decision.done.return": "Document renvoyé au rédacteur avec votre commentaire.",
  "decision.done.delegate": "Visa délégué à {name}.",
  "decision.problem.self": "Vous ne pouvez pas vous déléguer ce visa.",
  "decision.problem.cannotRead":
    "Cette personne ne peut pas lire ce document (habilitation insuffisante pour sa mention).",

  "sign.title": "Signature",
  "sign.lead":
    "Vous êtes le signataire. La signature expédie le document : il reçoit sa référence, est diffusé à ses destinataires et ne peut plus être modifié.",
  "sign.submit": "Signer et expédier",
  "sign.signing": "Signature…",
  "sign.warningsTitle": "Signature refusée : règles du guide à respecter ({count})",
  "sign.warningsLead":
    "Le document ne respecte pas encore ces règles. Renvoyez-le au rédacteur avec un commentaire pour qu'il le corrige :",
  "sign.exclusionsTitle":
    "{count} membre(s) des destinataires ne peuvent pas lire un document {marking}",
  "sign.exclusionsLead":
    "Ces personnes appartiennent à une unité ou une communauté destinataire mais n'ont pas l'habilitation requise : elles ne recevront pas ce document.",
  "sign.exclusionsOthers": "et {count} autre(s)",
  "sign.confirm": "Je confirme que ces membres ne recevront pas ce document",
  "sign.confirmRequired": "Cochez la case pour confirmer, puis signez à nouveau.",
  "sign.done": "Document signé et expédié sous la référence {reference}",
  "sign.doneLead": "Il est diffusé à ses destinataires et ne peut plus être modifié.",

  "handling.title": "Traitement",
  "handling.caption": "Traitement par destinataire : état, date limite et lectures",
  "handling.addressee": "Destinataire",
  "handling.mode": "Réception",
  "handling.state": "État du traitement",
  "handling.deadline": "Date limite",
  "handling.reads": "Lu par",
  "handling.yours": "vous concerne",
  "handling.infoOnly": "Pour information : pas de traitement",
  "handling.acknowledgedAt": "Réception accusée le {date}",
  "handling.assignedTo": "Attribué à {name}",
  "handling.seeAnswer": "Voir la réponse de {addressee}",
  "handling.closedAt": "Clos le {date}",
  "handling.unread": "Pas encore lu",
  "handling.readBy": "{name}, le {date}",
  "handling.overdue": "En retard : date limite dépassée",
  "handling.alert": "Alerte : accusé de réception attendu",
  "handling.noState": "—",
  "handling.acknowledge": "Accuser réception",
  "handling.acknowledged": "Réception accusée.",
  "handling.assign": "Attribuer",
  "handling.assignLead":
    "Attribuez le traitement à un membre de l'unité ou de la communauté destinataire, qui peut lire ce document.",
  "handling.assignee": "Attribuer à",
  "handling.assignSubmit": "Attribuer le traitement",
  "handling.chooseAssignee": "Choisissez la personne dans la liste.",
  "handling.assigned": "Traitement attribué à {name}.",
  "handling.reply": "Répondre",
  "handling.close": "Clore",
  "handling.closeComment": "Commentaire de clôture",
  "handling.closeCommentHint": "Dites comment l'action a été traitée.",
  "handling.closeCommentRequired": "Saisissez un commentaire de clôture.",
  "handling.closeSubmit": "Clore le traitement",
  "handling.closed": "Traitement clos.",
  "handling.problem.notMember":
    "Cette personne n'est pas membre de l'unité ou de la communauté destinataire.",
  "handling.problem.cannotRead":
    "Cette personne ne peut pas lire ce document (habilitation insuffisante pour sa mention).",

  "handlingState.new": "Nouveau",
  "handlingState.acknowledged": "Réception accusée",
  "handlingState.assigned": "Attribué",
  "handlingState.answered": "Répondu",
  "handlingState.closed": "Clos",

  /* communities, enrolment and profiles */
  "nav.communities": "Communautés",
  "communityAccess.open": "Ouverte",
  "communityAccess.on_request": "Sur demande",
  "communityAccess.invitation": "Sur invitation",
  "communityAccess.secret": "Secrète",
  "communityAccess.open.explained":
    "Tout agent peut la rejoindre d'un clic et en lire le contenu avant d'y entrer.",
  "communityAccess.on_request.explained":
    "Elle est visible de tous ; un gestionnaire accepte ou refuse chaque demande d'adhésion.",
  "communityAccess.invitation.explained":
    "Elle est visible de tous, mais seuls les gestionnaires y font entrer des personnes.",
  "communityAccess.secret.explained":
    "Seuls ses membres savent qu'elle existe : elle n'apparaît ni dans les listes ni dans la recherche.",
  "communities.title": "Communautés",
  "communities.lead":
    "Les communautés hiérarchiques suivent l'organisation ; les communautés transverses réunissent des agents autour d'un pays, d'un thème ou d'une crise.",
  "communities.create": "Créer une communauté",
  "communities.searchFormLabel": "Rechercher une communauté",
  "communities.searchName": "Nom de la communauté",
  "communities.filterKind": "Type de communauté",
  "communities.allKinds": "Tous les types",
  "communities.onlyMine": "Seulement mes communautés",
  "communities.submit": "Rechercher",
  "communities.results": "Communautés trouvées",
  "communities.resultsNone": "Aucune communauté ne correspond.",
  "communities.resultsAll": "Communautés trouvées : {count}",
  "communities.resultsMore":
    "Communautés affichées : {count} (d'autres résultats sont disponibles)",
  "communities.memberCount": "Membres : {count}",
  "communities.requestPending": "Demande en attente",
  "communities.createTitle": "Créer une communauté",
  "communities.createLead":
    "Vous en serez le premier gestionnaire : vous déciderez des adhésions et pourrez inviter des personnes ou des unités entières.",
  "communities.name": "Nom",
  "communities.description": "Description",
  "communities.descriptionHint": "Dites à qui elle s'adresse et ce qu'on y partage.",
  "communities.access": "Mode d'accès",
  "communities.createSubmit": "Créer la communauté",
  "communities.cancel": "Annuler",
  "community.title": "Communauté",
  "community.hierarchicalExplained":
    "Communauté hiérarchique de l'unité « {unit} » : en font partie les agents qui y sont affectés, automatiquement.",
  "community.contentHidden": "Le contenu de cette communauté est réservé à ses membres.",
  "community.join": "Rejoindre la communauté",
  "community.request": "Demander à rejoindre",
  "community.requestMessage": "Message aux gestionnaires (facultatif)",
  "community.requestMessageHint":
    "Présentez-vous et dites pourquoi vous souhaitez rejoindre cette communauté.",
  "community.requestSent": "Votre demande d'adhésion a été envoyée ; un gestionnaire y répondra.",
  "community.leave": "Quitter la communauté",
  "community.leaveConfirm": "Quitter cette communauté ?",
  "community.tabsLabel": "Contenu de la communauté",
  "community.tabMembers": "Membres",
  "community.tabManage": "Gestion",
  "community.membersNone": "Cette communauté n'a aucun membre.",
  "community.membersAll": "Membres : {count}",
  "community.membersMore": "Membres affichés : {count} (d'autres sont disponibles)",
  "community.byAssignment": "Par affectation",
  "community.remove": "Retirer",
  "community.removeConfirm": "Retirer {name} de la communauté ?",
  "community.requests": "Demandes d'adhésion",
  "community.requestsNone": "Aucune demande en attente.",
  "community.requestsAll": "Demandes en attente : {count}",
  "community.requestsMore": "Demandes affichées : {count} (d'autres sont en attente)",
  "community.requestedOn": "demande du {date}",
  "community.decisionMessage": "Réponse à {name} (facultatif)",
  "community.accept": "Accepter",
  "community.refuse": "Refuser",
  "community.invite": "Inviter des personnes ou une unité",
  "community.invitePeople": "Rechercher une personne",
  "community.invitePeopleHint": "Nom, adresse ou expertise ; au moins deux caractères.",
  "community.inviteMatches": "Personnes trouvées",
  "community.inviteChoose": "Choisir",
  "community.inviteChosen": "Personnes choisies :",
  "community.inviteUnchoose": "Retirer {name} des personnes choisies",
  "community.inviteUnit": "Unité entière (ses agents affectés aujourd'hui)",
  "community.inviteNoUnit": "Aucune unité",
  "community.inviteRole": "Rôle des personnes invitées",
  "community.inviteRoleHint": "Les utilisateurs externes sont toujours ajoutés comme invités.",
  "community.inviteSubmit": "Inviter",
  "community.invited": "Personnes ajoutées : {count}",
  "person.communities": "Communautés",
  "person.noCommunities": "Aucune communauté que vous puissiez voir.",
  "skills.title": "Langues et expertise",
  "skills.languages": "Langues parlées",
  "skills.expertise": "Domaines d'expertise",
  "skills.addLanguage": "Ajouter une langue",
  "skills.chooseLanguage": "Choisir une langue",
  "skills.addExpertise": "Domaine d'expertise",
  "skills.addExpertiseHint":
    "Un mot-clé libre (60 caractères au plus) ; {max} domaines au plus. L'annuaire les recherche.",
  "skills.addTag": "Ajouter ce domaine",
  "skills.tagInvalid": "Saisissez un mot-clé d'au plus 60 caractères, sans caractère de contrôle.",
  "skills.remove": "Retirer {name}",
  "skills.save": "Enregistrer",
  "skills.saved": "Langues et expertise enregistrées.",
} as const;

export type AppMessageKey = keyof typeof fr;
