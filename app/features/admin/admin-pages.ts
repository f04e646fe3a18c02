/** The administration pages, loaded on demand: most users never open them. */
export { JournalPage } from "./pages/journal-page";
export { UnitCreatePage } from "./pages/unit-create-page";
export { UnitEditPage } from "./pages/unit-edit-page";
export { UnitsPage } from "./pages/units-page";
export { UserCreatePage } from "./pages/user-create-page";
export { UserPage } from "./pages/user-page";
export { UsersPage } from "./pages/users-page";
