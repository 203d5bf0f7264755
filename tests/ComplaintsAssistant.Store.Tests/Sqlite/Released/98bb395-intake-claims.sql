-- The schema of a SQLite file made by SqliteCaseStore.Open at commit 98bb395 (EnsureCreated, before migrations),
-- as that file's sqlite_master holds it, in creation order. Generated once with that commit's code; never edit:
-- old files in the field look exactly like this.
PRAGMA journal_mode=WAL;
CREATE TABLE "Cases" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Cases" PRIMARY KEY,
    "Reference" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "IsOpen" INTEGER NOT NULL,
    "Team" TEXT NOT NULL,
    "Owner" TEXT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "Stage" INTEGER NOT NULL,
    "DueOn" TEXT NULL,
    "IntakeKey" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "Document" TEXT NOT NULL
);
CREATE TABLE "Conversations" (
    "UserKey" TEXT NOT NULL CONSTRAINT "PK_Conversations" PRIMARY KEY,
    "Reference" TEXT NOT NULL
);
CREATE TABLE "IntakeClaims" (
    "IntakeKey" TEXT NOT NULL CONSTRAINT "PK_IntakeClaims" PRIMARY KEY,
    "CaseId" TEXT NOT NULL,
    "ClaimedAt" TEXT NOT NULL
);
CREATE TABLE "LearningActions" (
    "CaseId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "CaseReference" TEXT NOT NULL,
    "Team" TEXT NOT NULL,
    "Department" TEXT NOT NULL,
    "Owner" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "TargetDate" TEXT NOT NULL,
    "Document" TEXT NOT NULL,
    CONSTRAINT "PK_LearningActions" PRIMARY KEY ("CaseId", "Number")
);
CREATE TABLE "Sequences" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_Sequences" PRIMARY KEY,
    "Value" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "IX_Cases_IntakeKey" ON "Cases" ("IntakeKey");
CREATE INDEX "IX_Cases_IsOpen_DueOn" ON "Cases" ("IsOpen", "DueOn");
CREATE INDEX "IX_Cases_Owner_IsOpen_DueOn" ON "Cases" ("Owner", "IsOpen", "DueOn");
CREATE INDEX "IX_Cases_ReceivedOn_Kind" ON "Cases" ("ReceivedOn", "Kind");
CREATE UNIQUE INDEX "IX_Cases_Reference" ON "Cases" ("Reference");
CREATE INDEX "IX_Cases_Team_IsOpen_DueOn" ON "Cases" ("Team", "IsOpen", "DueOn");
CREATE INDEX "IX_LearningActions_Status_TargetDate" ON "LearningActions" ("Status", "TargetDate");
CREATE INDEX "IX_LearningActions_Team_Status" ON "LearningActions" ("Team", "Status");
